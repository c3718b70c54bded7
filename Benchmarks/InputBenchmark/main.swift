#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import InstantAPICore

// CPU time of XML body parsing through the public entry point, best of 5 rounds, to show that
// it grows linearly with the input (the libxml2-based parser was quadratic on siblings).

func cpuMilliseconds() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec)
    return Double(spec.tv_sec) * 1000 + Double(spec.tv_nsec) / 1_000_000
}

func siblings(_ count: Int) -> [UInt8] {
    var bytes = Array("<r>".utf8)
    bytes.reserveCapacity(count * 8 + 8)
    for _ in 0..<count { bytes += Array("<a>1</a>".utf8) }
    bytes += Array("</r>".utf8)
    return bytes
}

func attributes(_ count: Int) -> [UInt8] {
    var text = "<r"
    for index in 0..<count { text += " a\(index)=\"\(index)\"" }
    return Array((text + "/>").utf8)
}

func twoDecimals(_ value: Double) -> String {
    let hundredths = Int((value * 100).rounded())
    let fraction = hundredths % 100
    return "\(hundredths / 100)." + (fraction < 10 ? "0" : "") + "\(fraction)"
}

func measure(_ label: String, _ body: [UInt8]) {
    var best = Double.infinity
    var outcome = ""
    for _ in 0..<5 {
        let start = cpuMilliseconds()
        do {
            let parsed = try BodyParser.parse(method: "POST", contentType: "application/xml", body: body, convertStrings: false)
            outcome = parsed.parameters.isEmpty ? "empty" : "ok"
        } catch {
            outcome = "error: \(error.message)"
        }
        best = min(best, cpuMilliseconds() - start)
    }
    let suffix = outcome == "ok" ? "" : " (\(outcome))"
    print("xml \(label) bytes=\(body.count) cpu_ms=\(twoDecimals(best))\(suffix)")
    fflush(nil)
}

// An optional argument caps the sibling counts (the old parser needed minutes for 100k).
let limit = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? .max
for count in [10_000, 40_000, 100_000] where count <= limit {
    measure("siblings=\(count)", siblings(count))
}
measure("attributes=10000", attributes(10_000))
