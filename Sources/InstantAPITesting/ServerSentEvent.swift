/// One event of a `text/event-stream` body, as an EventSource client dispatches it.
public struct ServerSentEvent: Sendable, Hashable {
    /// The last event id seen so far (`id:` lines persist across events), or `nil`.
    public var id: String?
    /// The `event:` name, or `nil` for the default `message`.
    public var event: String?
    /// The `data:` lines joined with `"\n"`.
    public var data: String

    public init(id: String? = nil, event: String? = nil, data: String) {
        self.id = id
        self.event = event
        self.data = data
    }
}

/// Parses a `text/event-stream` body per the HTML standard's event-stream interpretation:
/// lines end in CRLF, LF or CR; a leading BOM is skipped; `:` lines are comments; one space
/// after the colon is dropped; `data` lines are joined with `"\n"`; an event is dispatched
/// at a blank line only when it has data; an unfinished last event is discarded; `id` values
/// containing NUL are ignored; `retry` and unknown fields are ignored.
public enum ServerSentEventParser {
    /// The events of a complete stream body.
    public static func parse(_ body: [UInt8]) -> [ServerSentEvent] {
        var text = String(decoding: body, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        var events: [ServerSentEvent] = []
        var lastEventID: String?
        var eventName: String?
        var dataLines: [Substring] = []
        var hasData = false
        for line in lines(of: text) {
            if line.isEmpty {
                if hasData {
                    events.append(
                        ServerSentEvent(id: lastEventID, event: eventName, data: dataLines.joined(separator: "\n")))
                }
                eventName = nil
                dataLines = []
                hasData = false
                continue
            }
            if line.hasPrefix(":") { continue }
            let field: Substring
            var value: Substring = ""
            if let colon = line.firstIndex(of: ":") {
                field = line[..<colon]
                value = line[line.index(after: colon)...]
                if value.hasPrefix(" ") { value = value.dropFirst() }
            } else {
                field = line
            }
            switch field {
            case "event": eventName = String(value)
            case "data":
                dataLines.append(value)
                hasData = true
            case "id" where !value.contains("\u{0}"): lastEventID = String(value)
            default: continue
            }
        }
        return events
    }

    /// The lines of `text`, each terminator (CRLF, LF or CR) removed; text after the last
    /// terminator is not a line (the stream ended mid-line).
    static func lines(of text: String) -> [Substring] {
        var result: [Substring] = []
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var index = start
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if scalar == "\r" || scalar == "\n" {
                result.append(Substring(scalars[start..<index]))
                var next = scalars.index(after: index)
                if scalar == "\r", next < scalars.endIndex, scalars[next] == "\n" { next = scalars.index(after: next) }
                start = next
                index = next
            } else {
                index = scalars.index(after: index)
            }
        }
        return result
    }
}
