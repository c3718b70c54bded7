/// Writes `JSONValue`s as `JSON.stringify` does: compact, or pretty with a two-space indent.
/// Buffers are written as `{"_base64": "…"}`, the original framework's wire form.
extension JSONValue {
    /// The JSON text of this value; `pretty` matches `JSON.stringify(value, null, 2)`.
    public func jsonString(pretty: Bool = false) -> String {
        JSONByteWriter.write { JSONSerializer.write(self, into: &$0, indent: pretty ? 0 : nil) } result: { bytes in
            String(decoding: bytes, as: UTF8.self)
        }
    }

    /// The JSON text as UTF-8 bytes.
    public func jsonBytes(pretty: Bool = false) -> [UInt8] {
        JSONByteWriter.bytes { JSONSerializer.write(self, into: &$0, indent: pretty ? 0 : nil) }
    }
}

/// Serialises straight into UTF-8 bytes: every response body goes through here, so it avoids
/// building intermediate strings (the text is only valid UTF-8 copied from valid `String`s).
enum JSONSerializer {
    static func write(_ value: JSONValue, into out: inout JSONByteWriter, indent: Int?) {
        switch value {
        case .null: out.append("null")
        case .bool(let b): out.append(b ? "true" : "false")
        case .number(let n): JSONNumberFormat.write(n, into: &out)
        case .string(let s): writeString(s, into: &out)
        case .buffer(let bytes):
            write(.base64Object(bytes), into: &out, indent: indent)
        case .array(let items):
            if items.isEmpty { out.append("[]"); return }
            out.append(UInt8(ascii: "["))
            let inner = indent.map { $0 + 1 }
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                newline(into: &out, indent: inner)
                write(item, into: &out, indent: inner)
            }
            newline(into: &out, indent: indent)
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            if members.isEmpty { out.append("{}"); return }
            out.append(UInt8(ascii: "{"))
            let inner = indent.map { $0 + 1 }
            var first = true
            for (key, item) in members {
                if !first { out.append(UInt8(ascii: ",")) }
                first = false
                newline(into: &out, indent: inner)
                writeString(key, into: &out)
                out.append(UInt8(ascii: ":"))
                if indent != nil { out.append(UInt8(ascii: " ")) }
                write(item, into: &out, indent: inner)
            }
            newline(into: &out, indent: indent)
            out.append(UInt8(ascii: "}"))
        }
    }

    private static func newline(into out: inout JSONByteWriter, indent: Int?) {
        guard let indent else { return }
        out.append(UInt8(ascii: "\n"))
        out.append(repeating: UInt8(ascii: " "), count: 2 * indent)
    }

    /// A JSON string literal. Only `"`, `\` and control characters are escaped (as
    /// `JSON.stringify`); every other byte, multi-byte UTF-8 included, is copied as it is.
    static func writeString(_ s: String, into out: inout JSONByteWriter) {
        out.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { bytes in
            var start = 0
            for index in 0..<bytes.count {
                let byte = bytes[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                out.append(UnsafeBufferPointer(rebasing: bytes[start..<index]))
                appendEscape(byte, to: &out)
                start = index + 1
            }
            out.append(UnsafeBufferPointer(rebasing: bytes[start..<bytes.count]))
        }
        out.append(UInt8(ascii: "\""))
    }

    private static func appendEscape(_ byte: UInt8, to out: inout JSONByteWriter) {
        switch byte {
        case UInt8(ascii: "\""): out.append("\\\"")
        case UInt8(ascii: "\\"): out.append("\\\\")
        case UInt8(ascii: "\n"): out.append("\\n")
        case UInt8(ascii: "\r"): out.append("\\r")
        case UInt8(ascii: "\t"): out.append("\\t")
        case 0x08: out.append("\\b")
        case 0x0C: out.append("\\f")
        default:
            // Only control characters get here: `\u00` then two lowercase hex digits.
            out.append("\\u00")
            for nibble in [byte >> 4, byte & 0x0F] {
                out.append(nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10)
            }
        }
    }
}

/// Output collected in a buffer on the stack and spilled into an array only when it fills: an
/// append is a bounds check and a store (no uniqueness check), and a result that fits is
/// allocated once, at its final size.
struct JSONByteWriter {
    private static let stackCapacity = 1024
    private let buffer: UnsafeMutableBufferPointer<UInt8>
    private var count = 0
    private var spilled: [UInt8] = []

    private init(buffer: UnsafeMutableBufferPointer<UInt8>) {
        self.buffer = buffer
    }

    /// What `body` writes, as an array.
    static func bytes(_ body: (inout JSONByteWriter) -> Void) -> [UInt8] {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: stackCapacity) { buffer in
            var writer = JSONByteWriter(buffer: buffer)
            body(&writer)
            if writer.spilled.isEmpty { return Array(UnsafeBufferPointer(rebasing: buffer[..<writer.count])) }
            writer.spill()
            return writer.spilled
        }
    }

    /// What `body` writes, handed to `result` without an intermediate array when it fits.
    static func write<Output>(
        _ body: (inout JSONByteWriter) -> Void, result: (UnsafeBufferPointer<UInt8>) -> Output
    ) -> Output {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: stackCapacity) { buffer in
            var writer = JSONByteWriter(buffer: buffer)
            body(&writer)
            if writer.spilled.isEmpty { return result(UnsafeBufferPointer(rebasing: buffer[..<writer.count])) }
            writer.spill()
            return writer.spilled.withUnsafeBufferPointer(result)
        }
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count == buffer.count { spill() }
        buffer[count] = byte
        count += 1
    }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count <= buffer.count - count else {
            spill()
            spilled.append(contentsOf: bytes)
            return
        }
        guard let source = bytes.baseAddress, let target = buffer.baseAddress else { return }
        (target + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    mutating func append(_ text: StaticString) {
        append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    mutating func append(string text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    mutating func append(repeating byte: UInt8, count repeats: Int) {
        for _ in 0..<repeats { append(byte) }
    }

    /// The decimal digits of `value`, written in place from the last one.
    mutating func appendDecimal(_ value: UInt64) {
        var digits = 1
        var rest = value
        while rest >= 10 {
            rest /= 10
            digits += 1
        }
        if buffer.count - count < digits { spill() }
        var position = count + digits
        rest = value
        repeat {
            position -= 1
            buffer[position] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
        } while rest > 0
        count += digits
    }

    /// Moves the buffered bytes to the array, emptying the buffer.
    private mutating func spill() {
        spilled.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<count]))
        count = 0
    }
}
