import Testing
@testable import InstantAPICore

/// Output past the serializer's stack buffer, against a plain string-building reference.
@Suite struct JSONSerializerTests {
    static func reference(_ value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .number(let n): return JSONNumberFormat.string(n)
        case .string(let s): return quoted(s)
        case .buffer(let bytes): return reference(.base64Object(bytes))
        case .array(let items): return "[" + items.map(reference).joined(separator: ",") + "]"
        case .object(let members): return "{" + members.map { quoted($0.key) + ":" + reference($0.value) }.joined(separator: ",") + "}"
        }
    }

    static func quoted(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    @Test(arguments: [0, 1, 10, 100, 1000, 5000])
    func largeOutputsMatchTheReference(size: Int) {
        let long = String(repeating: "é\"\\\u{01}x", count: size)
        var items: [JSONValue] = []
        for index in 0..<size {
            items.append(["i": .number(Double(index) * 1.25), "s": .string("n\(index)\n"), "b": .buffer([UInt8(index % 256)])])
        }
        let value: JSONValue = ["long": .string(long), "items": .array(items), "tail": [nil, true, -0.0, 1e21]]
        let expected = Self.reference(value)
        #expect(value.jsonString() == expected)
        #expect(value.jsonBytes() == Array(expected.utf8))
    }

    @Test func prettyOutputPastTheBuffer() throws {
        let value = JSONValue.array((0..<400).map { ["k": .number(Double($0))] })
        let text = value.jsonString(pretty: true)
        #expect(text.hasPrefix("[\n  {\n    \"k\": 0\n  },\n  {\n    \"k\": 1\n  }"))
        #expect(text.hasSuffix("{\n    \"k\": 399\n  }\n]"))
        #expect(try JSONValue.parse(text) == value)
        #expect(value.jsonBytes(pretty: true) == Array(text.utf8))
    }
}
