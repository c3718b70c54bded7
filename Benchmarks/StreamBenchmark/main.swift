import Foundation
import InstantAPI
import InstantAPITesting

// Streams small JSON events over loopback SSE: events per second for one fast client, then
// the memory a slow client costs (the closure must be held back, not buffered without bound).
// Run: swift build -c release --product StreamBenchmark && .build/release/StreamBenchmark

struct Tick: Encodable, Sendable {
    let n: Int
    let text: String
}

let eventCount = ProcessInfo.processInfo.environment["EVENTS"].flatMap(Int.init) ?? 500_000
let port = ProcessInfo.processInfo.environment["PORT"].flatMap(Int.init) ?? 18_473

let root = FileManager.default.temporaryDirectory.appendingPathComponent("stream-benchmark-\(getpid())")
try FileManager.default.createDirectory(at: root.appendingPathComponent("functions"), withIntermediateDirectories: true)
try """
/**
 * Streams count ticks
 * @param {integer} count
 * @stream {object} tick
 * @stream {integer} tick.n
 * @stream {string} tick.text
 * @returns {integer}
 */
export default async (count, context) => {};
""".write(to: root.appendingPathComponent("functions/ticks.mjs"), atomically: true, encoding: .utf8)

let produced = ProducedCounter()
let gateway = Gateway(configuration: GatewayConfiguration(name: "StreamBenchmark", environment: .production))
gateway.register("ticks", method: nil) { context in
    let count = Int(context.params["count"]?.numberValue ?? 0)
    for n in 0..<count {
        try await context.stream("tick", Tick(n: n, text: "token"))
        produced.add()
    }
    return count
}
let loaded = try gateway.load(root: root.path)
let server = Task { try await loaded.application(configuration: .init(address: .hostname("127.0.0.1", port: port))).runService(gracefulShutdownSignals: []) }

func request(_ count: Int) -> String {
    "GET /ticks/?count=\(count)&_stream HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
}

// Wait for the server.
var ready = false
for _ in 0..<200 where !ready {
    if BenchClient(port: port, request: "GET /none/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n") != nil {
        ready = true
    } else {
        try await Task.sleep(for: .milliseconds(20))
    }
}

// 1. One fast client.
_ = try await LoopbackSocket.onThread { BenchClient(port: port, request: request(20_000))?.read() ?? 0 }  // warm-up
let start = ContinuousClock.now
let frames = try await LoopbackSocket.onThread { BenchClient(port: port, request: request(eventCount))?.read() ?? 0 }
let elapsed = ContinuousClock.now - start
let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
let received = frames - 2  // without @begin and @response
print("fast client: \(received) events in \(String(format: "%.3f", seconds)) s = \(Int(Double(received) / seconds)) events/s")

// 2. One slow client (4 KiB reads every 10 ms, small receive buffer) for 3 seconds.
let before = ProcessMemory.kilobytes("VmRSS") ?? 0
produced.reset()
let peak = PeakMemory()
let sampler = Task {
    while !Task.isCancelled {
        peak.sample()
        try? await Task.sleep(for: .milliseconds(20))
    }
}
let slowFrames = try await LoopbackSocket.onThread {
    BenchClient(port: port, request: request(50_000_000), receiveBuffer: 8192)?
        .read(chunk: 4096, pause: .milliseconds(10), until: ContinuousClock.now + .seconds(3)) ?? 0
}
try await Task.sleep(for: .milliseconds(300))
sampler.cancel()
print(
    "slow client: read \(slowFrames) events in 3 s while the closure produced \(produced.value); "
        + "RSS before \(before) KiB, peak during \(peak.value) KiB (+\(peak.value - before) KiB)")

server.cancel()
try? FileManager.default.removeItem(at: root)
exit(0)

final class ProducedCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func add() { lock.withLock { count += 1 } }
    func reset() { lock.withLock { count = 0 } }
    var value: Int { lock.withLock { count } }
}

final class PeakMemory: @unchecked Sendable {
    private let lock = NSLock()
    private var peak = 0
    func sample() {
        let now = ProcessMemory.kilobytes("VmRSS") ?? 0
        lock.withLock { peak = max(peak, now) }
    }
    var value: Int { lock.withLock { peak } }
}
