import Foundation
import HelloAPIEndpoints
import InstantAPI

// The example service over this repository's functions/: one closure per manifest method
// (Endpoints/). Run it with `bash scripts/run-example.sh` (port 8000, or $PORT; NODE_ENV=production
// for compact JSON without stacks, as the original).

let environment = ProcessInfo.processInfo.environment
let gateway = Gateway(configuration: helloAPIConfiguration(environment: environment["NODE_ENV"] ?? "development"))
registerHelloAPIEndpoints(on: gateway)

// A load error or a port already in use is printed as it is, and the process exits 1.
let port = environment["PORT"].flatMap(Int.init) ?? 8000
await gateway.runOrExit(root: ".", server: .init(address: .hostname("127.0.0.1", port: port)))
