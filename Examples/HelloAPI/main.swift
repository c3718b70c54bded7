import Foundation
import HelloAPIEndpoints
import InstantAPI

// The example service over this repository's functions/: one closure per manifest method
// (Endpoints/). Run it with `bash scripts/run-example.sh` (port 8000, or $PORT; NODE_ENV=production
// for compact JSON without stacks, as the original).

let environment = ProcessInfo.processInfo.environment
let gateway = Gateway(
    configuration: helloAPIConfiguration(
        environment: environment["NODE_ENV"] ?? "development", port: environment["PORT"].flatMap(Int.init) ?? 8000))
registerHelloAPIEndpoints(on: gateway)

do {
    try await gateway.run(root: ".")
} catch let error as GatewayLoadError {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(1)
}
