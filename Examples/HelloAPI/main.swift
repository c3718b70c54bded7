import Foundation
import HelloAPIEndpoints
import InstantAPI
import InstantAPIPostgres

// The example service over this repository's functions/: one closure per manifest method
// (Endpoints/). Run it with `bash scripts/run-example.sh` (port 8000, or $PORT; NODE_ENV=production
// for compact JSON without stacks, as the original). With INSTANT_QUEUE_URL
// (postgres://USER:PASS@HOST:PORT/DB), `?_background` executions are stored in PostgreSQL and
// run by any replica started with the same URL.

let environment = ProcessInfo.processInfo.environment
var configuration = helloAPIConfiguration(environment: environment["NODE_ENV"] ?? "development")
if let queueURL = environment["INSTANT_QUEUE_URL"], !queueURL.isEmpty {
    do {
        configuration.background.queue = try PostgresBackgroundQueue(url: queueURL)
    } catch {
        FileHandle.standardError.write(Data("INSTANT_QUEUE_URL: \(error)\n".utf8))
        exit(1)
    }
}
let gateway = Gateway(configuration: configuration)
registerHelloAPIEndpoints(on: gateway)

// A load error, a port already in use or an unreachable queue database is printed as it is,
// and the process exits 1.
let port = environment["PORT"].flatMap(Int.init) ?? 8000
await gateway.runOrExit(root: ".", server: .init(address: .hostname("127.0.0.1", port: port)))
