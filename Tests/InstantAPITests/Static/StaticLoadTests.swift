import Foundation
import InstantAPI
import Testing

@Suite("Static routes at load")
struct StaticLoadTests {
    @Test func conflictWithAFunctionRefusesToLoad() async throws {
        try await withStaticCopy { root in
            try Data("x".utf8).write(to: root.appendingPathComponent("www/hello.html"))
            let gateway = Gateway(configuration: GatewayConfiguration())
            gateway.register("hello", method: nil) { _ in "hello" }
            #expect {
                _ = try gateway.load(root: root.path)
            } throws: { error in
                (error as? GatewayLoadError)?.description
                    == "www/hello.html: error: Static file route \"hello\" conflicts with function functions/hello.mjs"
            }
        }
    }
}
