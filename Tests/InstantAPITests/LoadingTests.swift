import Foundation
import Hummingbird
import HummingbirdTesting
import InstantAPI
import Testing

@Suite("Loading and mounting")
struct LoadingTests {
    @Test func mismatchesAreListedTogether() throws {
        let gateway = Gateway()
        gateway.register("b", method: .get) { _ in 1 }
        gateway.register("c", method: nil) { _ in 1 }
        let error = try #require(throws: GatewayLoadError.self) { try gateway.load(root: try Fixture.root("mismatch")) }
        #expect(
            error.mismatches == [
                "functions/a.mjs:4: error: \"a\" exports GET but no closure is registered; add register(\"a\", method: .get)",
                "functions/b.mjs:4: error: \"b\" has a default export but no closure is registered; add register(\"b\", method: nil)",
                "register(\"b\", method: .get): error: no manifest declares this endpoint",
                "register(\"c\", method: nil): error: no manifest declares this endpoint",
            ])
    }
}
