/// Writes `JSONValue`s as `JSON.stringify` does: compact, or pretty with a two-space indent.
/// Buffers are written as `{"_base64": "…"}`, the original framework's wire form.
extension JSONValue {
    /// The JSON text of this value; `pretty` matches `JSON.stringify(value, null, 2)`.
    public func jsonString(pretty: Bool = false) -> String {
        var out = ""
        JSONSerializer.write(self, into: &out, indent: pretty ? 0 : nil)
        return out
    }

    /// The JSON text as UTF-8 bytes.
    public func jsonBytes(pretty: Bool = false) -> [UInt8] {
        Array(jsonString(pretty: pretty).utf8)
    }
}

enum JSONSerializer {
    static func write(_ value: JSONValue, into out: inout String, indent: Int?) {
        switch value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let n): out += JSONNumberFormat.string(n)
        case .string(let s): writeString(s, into: &out)
        case .buffer(let bytes):
            write(.base64Object(bytes), into: &out, indent: indent)
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                newline(into: &out, indent: indent.map { $0 + 1 })
                write(item, into: &out, indent: indent.map { $0 + 1 })
            }
            newline(into: &out, indent: indent)
            out += "]"
        case .object(let members):
            if members.isEmpty { out += "{}"; return }
            out += "{"
            var first = true
            for (key, item) in members {
                if !first { out += "," }
                first = false
                newline(into: &out, indent: indent.map { $0 + 1 })
                writeString(key, into: &out)
                out += indent == nil ? ":" : ": "
                write(item, into: &out, indent: indent.map { $0 + 1 })
            }
            newline(into: &out, indent: indent)
            out += "}"
        }
    }

    private static func newline(into out: inout String, indent: Int?) {
        guard let indent else { return }
        out += "\n"
        out += String(repeating: "  ", count: indent)
    }

    static func writeString(_ s: String, into out: inout String) {
        out += "\""
        var start = s.unicodeScalars.startIndex
        var index = start
        let scalars = s.unicodeScalars
        while index != scalars.endIndex {
            let c = scalars[index]
            let escape: String?
            switch c {
            case "\"": escape = "\\\""
            case "\\": escape = "\\\\"
            case "\n": escape = "\\n"
            case "\r": escape = "\\r"
            case "\t": escape = "\\t"
            case "\u{08}": escape = "\\b"
            case "\u{0C}": escape = "\\f"
            default:
                if c.value < 0x20 {
                    let hex = String(c.value, radix: 16)
                    escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    escape = nil
                }
            }
            if let escape {
                out.unicodeScalars.append(contentsOf: scalars[start..<index])
                out += escape
                index = scalars.index(after: index)
                start = index
            } else {
                index = scalars.index(after: index)
            }
        }
        out.unicodeScalars.append(contentsOf: scalars[start..<index])
        out += "\""
    }
}
