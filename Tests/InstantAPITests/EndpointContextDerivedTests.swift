import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import NIOEmbedded
import Testing

@testable import InstantAPI

/// The context fields built when read rather than for every request.
@Suite("Endpoint context: derived fields")
struct EndpointContextDerivedTests {
    private func context(alias: String, body: [UInt8] = []) -> EndpointContext<GatewayRequestContext> {
        var logger = Logger(label: "request")
        logger[metadataKey: "hb.request.id"] = "42"
        let requestContext = GatewayRequestContext(
            source: ApplicationRequestContextSource(channel: NIOAsyncTestingChannel(), logger: logger))
        let head = HTTPRequest(method: .post, scheme: "http", authority: "localhost", path: "/\(alias)?x=1", headerFields: [.accept: "a"])
        let request = IncomingRequest(head: head, body: body, peerAddress: nil, requestContext: requestContext)
        let invocation = Invocation(
            name: "a/b#GET", alias: alias, params: [:], remoteAddress: "127.0.0.1", uuid: "0000-uuid", request: request,
            json: nil, events: DroppingEventSink())
        return EndpointContext(invocation, requestContext: requestContext)
    }

    @Test func loggerIsTheRequestsWithTheExecutionID() {
        let context = context(alias: "a/b")
        #expect(context.logger.label == "request")
        #expect(context.logger[metadataKey: "hb.request.id"] == "42")
        #expect(context.logger[metadataKey: "execution-uuid"] == .string("0000-uuid"))
    }

    @Test func requestKeepsTheHeadAndTheBodyReadOnce() async throws {
        let context = context(alias: "a/b", body: Array("hi".utf8))
        #expect(context.request.method == .post)
        #expect(context.request.uri.description == "/a/b?x=1")
        #expect(context.request.headers[.accept] == "a")
        #expect(context.body == ByteBuffer(string: "hi"))
        let collected = try await context.request.body.collect(upTo: 16)
        #expect(collected == ByteBuffer(string: "hi"))
    }

    @Test func pathSplitsTheAliasKeepingEmptySegments() {
        #expect(context(alias: "a//b").path == ["a", "", "b"])
        #expect(context(alias: "").path == [""])
    }
}
