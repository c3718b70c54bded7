/// One dispatched Server-Sent Event.
struct SSEEvent: Equatable {
    var id: String?
    var event: String
    var data: String
}

/// A parser following the HTML "event stream interpretation" rules: lines end with CRLF, LF
/// or CR; `:` lines are comments; `field: value` with one optional space removed; `data`
/// lines are joined with LF; a blank line dispatches (nothing when no data arrived); the
/// event type defaults to `message`; the last event id persists across events.
struct SSEParser {
    private(set) var events: [SSEEvent] = []
    /// Comment lines seen (keep-alives).
    private(set) var comments = 0
    /// Each event's raw `data:` line count, to check one line per event.
    private(set) var dataLineCounts: [Int] = []

    private var buffer: [UInt8] = []
    private var data: [String] = []
    private var eventType = ""
    private var lastEventID: String?
    private var idInEvent: String?
    private var pendingCR = false

    static func parse(_ text: String) -> SSEParser {
        var parser = SSEParser()
        parser.feed(Array(text.utf8))
        return parser
    }

    mutating func feed(_ bytes: [UInt8]) {
        for byte in bytes {
            if pendingCR {
                pendingCR = false
                if byte == 10 { continue }
            }
            switch byte {
            case 13:
                pendingCR = true
                line()
            case 10:
                line()
            default:
                buffer.append(byte)
            }
        }
    }

    private mutating func line() {
        let text = String(decoding: buffer, as: UTF8.self)
        buffer = []
        if text.isEmpty {
            dispatch()
            return
        }
        if text.hasPrefix(":") {
            comments += 1
            return
        }
        let field: String
        var value: Substring
        if let colon = text.firstIndex(of: ":") {
            field = String(text[..<colon])
            value = text[text.index(after: colon)...]
            if value.hasPrefix(" ") { value = value.dropFirst() }
        } else {
            field = text
            value = ""
        }
        switch field {
        case "event": eventType = String(value)
        case "data": data.append(String(value))
        case "id" where !value.contains("\0"):
            lastEventID = String(value)
            idInEvent = String(value)
        default: break
        }
    }

    private mutating func dispatch() {
        defer {
            data = []
            eventType = ""
            idInEvent = nil
        }
        guard !data.isEmpty else { return }
        events.append(SSEEvent(id: idInEvent, event: eventType.isEmpty ? "message" : eventType, data: data.joined(separator: "\n")))
        dataLineCounts.append(data.count)
    }
}
