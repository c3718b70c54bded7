import Foundation
import NIOCore

/// One SSE event in the original's layout: `id:`, `event:`, `data:` lines and a blank line.
enum SSEFrame {
    static func event(id: String?, name: String, data: String) -> ByteBuffer {
        var text = ""
        text.reserveCapacity(data.utf8.count + name.utf8.count + 96)
        if let id { text += "id: \(id)\n" }
        text += "event: \(name)\ndata: \(data)\n\n"
        return ByteBuffer(string: text)
    }
}

/// Event ids: the ISO millisecond timestamp without `Z`, a 6-digit counter that counts events
/// within the same millisecond, `Z/`, then the execution id.
struct SSEEventIDs {
    let uuid: String
    private var lastMillisecond: Int64 = -1
    private var counter = 0

    init(uuid: String) {
        self.uuid = uuid
    }

    mutating func next() -> String {
        let now = ISOTimestamp.now()
        if now.millisecond == lastMillisecond { counter += 1 } else { counter = 0 }
        lastMillisecond = now.millisecond
        let digits = String(counter)
        let padded = String(repeating: "0", count: max(0, 6 - digits.count)) + digits
        return "\(now.text.dropLast())\(padded)Z/\(uuid)"
    }
}

/// `Date().toISOString()` without Foundation's formatter: `2026-11-21T09:35:09.885Z`.
struct ISOTimestamp {
    let millisecond: Int64
    let text: String

    static func now() -> ISOTimestamp {
        let millisecond = Int64((Date().timeIntervalSince1970 * 1000).rounded(.down))
        var seconds = time_t(millisecond / 1000)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func pad(_ value: Int32, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        let text =
            "\(pad(parts.tm_year + 1900, 4))-\(pad(parts.tm_mon + 1, 2))-\(pad(parts.tm_mday, 2))T"
            + "\(pad(parts.tm_hour, 2)):\(pad(parts.tm_min, 2)):\(pad(parts.tm_sec, 2)).\(pad(Int32(millisecond % 1000), 3))Z"
        return ISOTimestamp(millisecond: millisecond, text: text)
    }
}
