import Foundation
import InstantAPICore

/// Swift source text for literal values.
enum SwiftLiteral {
    /// A string literal: quotes, backslashes and control characters escaped.
    static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\u{" + String(scalar.value, radix: 16) + "}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// A `JSONValue` expression (`.string("a")`, `.number(1.5)`, `.object(["k": .null])`).
    static func json(_ value: JSONValue) -> String {
        switch value {
        case .null: return ".null"
        case .bool(let flag): return ".bool(\(flag))"
        case .number(let number): return ".number(\(number.isFinite ? "\(number)" : "0"))"
        case .string(let text): return ".string(\(string(text)))"
        case .array(let items): return ".array([" + items.map(json).joined(separator: ", ") + "])"
        case .object(let object):
            if object.isEmpty { return ".object([:])" }
            return ".object([" + object.map { "\(string($0.key)): \(json($0.value))" }.joined(separator: ", ") + "])"
        case .buffer(let bytes): return ".buffer([" + bytes.map(String.init).joined(separator: ", ") + "])"
        }
    }

    /// Doc comment lines for `text` (nothing for an empty text), each prefixed with `indent`.
    static func docLines(_ text: String) -> [String] {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return [] }
        return trimmed.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            let content = line.trimmingCharacters(in: .whitespaces)
            return content.isEmpty ? "///" : "/// " + content
        }
    }
}
