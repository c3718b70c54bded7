import Foundation

/// Frames SSE events as the original does (upstream-gateway §10.2), on one `data:` line each
/// (SPEC §3): `id: <id>\nevent: <name>\ndata: <json>\n\n`. Every event has an id, `@response`
/// too (the original sends none there), so that a client that reconnects after any event can
/// say where it is; the first event is preceded by a `retry:` line when a reconnection delay
/// is set.
///
/// Ids are `<ISO millisecond timestamp without Z><6-digit counter>Z/<uuid>`; the counter starts
/// at `000000` in each millisecond and counts the events of this stream within it.
struct EventFrameWriter: Sendable {
    private let suffix: [UInt8]
    private var retryLine: [UInt8]?
    private var millisecond: Int64 = .min
    private var timestamp: [UInt8] = []
    private var counter = 0

    init(uuid: String, retry: Duration? = nil) {
        suffix = Array("Z/\(uuid)\n".utf8)
        retryLine = retry.map { delay in
            let milliseconds = delay.components.seconds * 1000 + delay.components.attoseconds / 1_000_000_000_000_000
            return Array("retry: \(max(0, milliseconds))\n".utf8)
        }
    }

    /// Appends one event; `data` is one line of JSON (compact JSON has no line breaks).
    mutating func append(event name: String, data: [UInt8], into out: inout [UInt8]) {
        if let retryLine {
            out.append(contentsOf: retryLine)
            self.retryLine = nil
        }
        // Never earlier than the last event's millisecond: a clock set back must not repeat ids.
        let now = max(UTCTimestamp.currentMilliseconds(), millisecond)
        if now == millisecond {
            counter += 1
        } else {
            millisecond = now
            timestamp = UTCTimestamp.iso8601(milliseconds: now, withZ: false)
            counter = 0
        }
        out.append(contentsOf: Self.idPrefix)
        out.append(contentsOf: timestamp)
        Self.appendCounter(counter, into: &out)
        out.append(contentsOf: suffix)
        out.append(contentsOf: Self.eventPrefix)
        out.append(contentsOf: name.utf8)
        out.append(contentsOf: Self.dataPrefix)
        out.append(contentsOf: data)
        out.append(contentsOf: Self.terminator)
    }

    private static let idPrefix: [UInt8] = Array("id: ".utf8)
    private static let eventPrefix: [UInt8] = Array("event: ".utf8)
    private static let dataPrefix: [UInt8] = Array("\ndata: ".utf8)
    private static let terminator: [UInt8] = Array("\n\n".utf8)

    /// At least six digits, zero-padded.
    private static func appendCounter(_ value: Int, into out: inout [UInt8]) {
        var digits: [UInt8] = []
        var rest = value
        repeat {
            digits.append(UInt8(48 + rest % 10))
            rest /= 10
        } while rest > 0
        for _ in digits.count..<max(6, digits.count) { out.append(48) }
        out.append(contentsOf: digits.reversed())
    }
}

/// UTC timestamps in the original's ISO 8601 form, `2026-11-21T09:35:09.885Z`, without
/// calendars or formatters (ids are made for every event).
enum UTCTimestamp {
    /// Milliseconds since 1970.
    static func currentMilliseconds() -> Int64 {
        Int64((Date().timeIntervalSince1970 * 1000).rounded(.down))
    }

    /// `YYYY-MM-DDTHH:MM:SS.mmm`, plus `Z` when `withZ`.
    static func iso8601(milliseconds: Int64, withZ: Bool = true) -> [UInt8] {
        let millis = Int(((milliseconds % 1000) + 1000) % 1000)
        let seconds = (milliseconds - Int64(millis)) / 1000
        var days = Int(seconds / 86_400)
        var secondOfDay = Int(seconds % 86_400)
        if secondOfDay < 0 {
            secondOfDay += 86_400
            days -= 1
        }
        let (year, month, day) = civilDate(daysSince1970: days)
        var out: [UInt8] = []
        out.reserveCapacity(24)
        append(year, width: 4, into: &out)
        out.append(UInt8(ascii: "-"))
        append(month, width: 2, into: &out)
        out.append(UInt8(ascii: "-"))
        append(day, width: 2, into: &out)
        out.append(UInt8(ascii: "T"))
        append(secondOfDay / 3600, width: 2, into: &out)
        out.append(UInt8(ascii: ":"))
        append(secondOfDay / 60 % 60, width: 2, into: &out)
        out.append(UInt8(ascii: ":"))
        append(secondOfDay % 60, width: 2, into: &out)
        out.append(UInt8(ascii: "."))
        append(millis, width: 3, into: &out)
        if withZ { out.append(UInt8(ascii: "Z")) }
        return out
    }

    /// Howard Hinnant's days-to-civil algorithm (proleptic Gregorian calendar).
    private static func civilDate(daysSince1970: Int) -> (year: Int, month: Int, day: Int) {
        let z = daysSince1970 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    private static func append(_ value: Int, width: Int, into out: inout [UInt8]) {
        var divisor = 1
        for _ in 1..<width { divisor *= 10 }
        var rest = value
        while divisor > 0 {
            out.append(UInt8(48 + (rest / divisor) % 10))
            rest %= divisor
            divisor /= 10
        }
    }
}
