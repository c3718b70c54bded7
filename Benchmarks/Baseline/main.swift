import Foundation
import Hummingbird
import InstantAPICore

// A hand-written Hummingbird 2 app doing, route by route, the work the gateway does for the
// benchmark endpoints (functions/hello.mjs and functions/bench/*.mjs): the same query and body
// parsing, the same validation rules coded by hand, the same JSON bytes and the same headers.
// `Benchmarks/run.sh` drives it next to the example server. `PORT` picks the port;
// `BASELINE_PRETTY=1` pretty-prints JSON as the gateway does in development.

let environment = ProcessInfo.processInfo.environment
let port = environment["PORT"].flatMap(Int.init) ?? 8001
let responses = BaselineResponses(pretty: environment["BASELINE_PRETTY"] == "1")

let router = Router()
router.get("hello") { request, _ in
    BaselineRoutes.hello(request, responses)
}
router.get("bench/typed") { request, _ in
    BaselineRoutes.typed(request, responses)
}
router.post("bench/order") { request, _ in
    try await BaselineRoutes.order(request, responses)
}
router.get("bench/events") { request, _ in
    BaselineRoutes.events(request, responses)
}

let app = Application(
    router: router,
    configuration: .init(address: .hostname("127.0.0.1", port: port), serverName: nil))
try await app.runService()
