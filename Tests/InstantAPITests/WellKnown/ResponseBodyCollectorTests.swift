import Hummingbird
@testable import InstantAPI
import NIOCore
import Testing

@Suite("Collecting streamed bodies for in-process calls")
struct ResponseBodyCollectorTests {
    private static func body(_ parts: [String]) -> ResponseBody {
        ResponseBody(contentsOf: parts.map { ByteBuffer(string: $0) })
    }

    @Test func collectsEveryChunkInOrder() async throws {
        let bytes = try await ResponseBodyCollector.collect(Self.body(["data: 1\n\n", "data: 2\n\n"]), limit: 100)
        #expect(String(decoding: bytes, as: UTF8.self) == "data: 1\n\ndata: 2\n\n")
    }

    @Test func refusesBodiesPastTheLimit() async throws {
        await #expect(throws: ResponseBodyCollector.TooLarge.self) {
            _ = try await ResponseBodyCollector.collect(Self.body(["12345", "6"]), limit: 5)
        }
    }
}
