import Logging
import Testing

@testable import InstantAPI

/// The context fields built when read rather than for every request.
@Suite("Endpoint context: derived fields")
struct EndpointContextDerivedTests {
    private func context(alias: String, fields: [(name: String, value: String)]) -> EndpointContext {
        EndpointContext(
            name: "a/b#GET", alias: alias, params: [:], remoteAddress: "127.0.0.1", uuid: "0000-uuid",
            http: EndpointContext.HTTP(url: "/\(alias)", method: "GET", fields: fields, rawBody: [], json: nil),
            baseLogger: Logger(label: "test"), events: DroppingEventSink())
    }

    @Test func loggerCarriesTheExecutionIDEvenAfterBeingReplaced() {
        var context = context(alias: "a/b", fields: [])
        #expect(context.logger[metadataKey: "execution-uuid"] == .string("0000-uuid"))
        var replacement = Logger(label: "mine")
        replacement[metadataKey: "team"] = "search"
        context.logger = replacement
        #expect(context.logger.label == "mine")
        #expect(context.logger[metadataKey: "team"] == "search")
        #expect(context.logger[metadataKey: "execution-uuid"] == .string("0000-uuid"))
    }

    @Test func headersJoinRepeatedNamesInArrivalOrder() {
        let context = context(alias: "a/b", fields: [("accept", "a"), ("x-test", "1"), ("accept", "b")])
        #expect(context.http.headers == ["accept": "a, b", "x-test": "1"])
        #expect(Array(context.http.headers.keys) == ["accept", "x-test"])
    }

    @Test func pathSplitsTheAliasKeepingEmptySegments() {
        #expect(context(alias: "a//b", fields: []).path == ["a", "", "b"])
        #expect(context(alias: "", fields: []).path == [""])
    }
}
