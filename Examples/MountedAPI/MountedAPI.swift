import Foundation
import Hummingbird
import InstantAPI

/// An existing Hummingbird app that adopts the gateway: its own `GET /health`, a middleware
/// that sets the caller's identity, and the gateway over `Examples/MountedAPI/functions/`
/// mounted at `/api`. Run it with `swift run MountedAPI` (port 8080, or `$PORT`).
@main
struct MountedAPI {
    /// This example's folder, wherever the program is started from: the gateway's root.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().path

    static func main() async {
        let port = ProcessInfo.processInfo.environment["PORT"].flatMap(Int.init) ?? 8080
        let application: any ApplicationProtocol
        do {
            application = try makeApplication(port: port)
        } catch {
            // The load error lists every mismatch: print it as it is, without a crash report.
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            exit(1)
        }
        do {
            try await application.runService()
        } catch {
            FileHandle.standardError.write(Data("error: cannot serve on 127.0.0.1:\(port): \(error)\n".utf8))
            exit(1)
        }
    }

    /// The app: its own routes and middleware, the gateway's routes under `/api`.
    static func makeApplication(port: Int) throws -> some ApplicationProtocol {
        let gateway = Gateway(context: AppRequestContext.self, configuration: .init(name: "MountedAPI"))
        registerEndpoints(on: gateway)
        let loaded = try gateway.load(root: root)

        let router = Router(context: AppRequestContext.self)
        router.add(middleware: BearerIdentityMiddleware())
        router.get("health") { _, _ in "ok" }
        router.addRoutes(loaded.routes(), atPath: "/api")

        var application = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: port)))
        application.addServices(loaded.services)   // waits for ?_background work on shutdown
        return application
    }

    /// One closure per manifest method of `functions/`.
    static func registerEndpoints(on gateway: Gateway<AppRequestContext>) {
        gateway.register("hello", method: nil) { context -> EndpointResponse in
            .string("hello \(context.params["name"]?.stringValue ?? "world")")
        }
        gateway.register("whoami", method: .get) { context in
            guard let identity = context.requestContext.identity else {
                throw EndpointError.unauthorized("Send Authorization: Bearer NAME")
            }
            return identity.name
        }
    }
}
