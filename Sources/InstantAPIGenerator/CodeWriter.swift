/// Collects indented lines of Swift source.
struct CodeWriter {
    private(set) var lines: [String] = []
    private var depth = 0

    mutating func line(_ text: String = "") {
        lines.append(text.isEmpty ? "" : String(repeating: "    ", count: depth) + text)
    }

    mutating func doc(_ text: String) {
        for line in SwiftLiteral.docLines(text) { self.line(line) }
    }

    /// `header {`, the body one level deeper, `}`.
    /// `header {`, the body one level deeper, `}`; an empty body gives `header {}`. A `switch`
    /// keeps its cases at its own level, as swift-format does.
    mutating func block(_ header: String, _ body: (inout CodeWriter) -> Void) {
        let start = lines.count
        line(header + " {")
        let indents = !header.hasPrefix("switch ")
        if indents { depth += 1 }
        body(&self)
        if indents { depth -= 1 }
        if lines.count == start + 1 {
            lines[start] += "}"
        } else {
            line("}")
        }
    }

    /// A trailing-closure call whose first line ends with `{ x in`, its body, `}`.
    mutating func closure(_ opening: String, _ body: (inout CodeWriter) -> Void) {
        line(opening)
        depth += 1
        body(&self)
        depth -= 1
        line("}")
    }

    var text: String { lines.joined(separator: "\n") + "\n" }
}
