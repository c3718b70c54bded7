/// Query strings and `application/x-www-form-urlencoded` bodies to parameters
/// (upstream-gateway §4.3, with the bracket-object fix of SPEC §3).
///
/// Values stay strings here; typed conversion happens during validation.
public enum QueryStringParser {
    /// Node's `querystring.parse` reads at most this many `&`-separated pieces and ignores the
    /// rest; we keep that bound, which also caps the work one request can cause.
    static let maxPairs = 1000

    /// Query string (without "?") or urlencoded body -> parameters, per upstream-gateway §4.3
    /// plus bracket objects.
    ///
    /// `a=1&a=2` gives `["1","2"]`, `a[]=1`, `a[2]=1` and `a.b=1` build arrays and objects,
    /// `obj[a]=1` is `{"obj":{"a":"1"}}`. Conflicting keys throw with the original's messages.
    public static func parse(_ query: Substring) throws(ParameterParseError) -> JSONObject {
        var query = query
        return try query.withUTF8 { bytes in
            Result { () throws(ParameterParseError) in try parse(bytes: bytes) }
        }.get()
    }

    /// Parses urlencoded bytes; invalid UTF-8 is repaired with U+FFFD rather than refused.
    static func parse(bytes: UnsafeBufferPointer<UInt8>) throws(ParameterParseError) -> JSONObject {
        guard !bytes.isEmpty else { return [:] }
        // Sized for the pairs up front (a repeated key only wastes a slot), without a hash table.
        var pieces = 1
        for byte in bytes where byte == UInt8(ascii: "&") {
            pieces += 1
            if pieces == 15 { break }
        }
        var grouped = JSONObject(minimumCapacity: min(pieces, 15))
        var needsTree = false
        var start = 0
        var pairs = 0
        let count = bytes.count
        while start <= count, pairs < maxPairs {
            var end = start
            var equals = -1
            while end < count, bytes[end] != UInt8(ascii: "&") {
                if equals < 0, bytes[end] == UInt8(ascii: "=") { equals = end }
                end += 1
            }
            pairs += 1
            if end > start {
                let keyEnd = equals >= 0 ? equals : end
                let key = PercentDecoding.decode(UnsafeBufferPointer(rebasing: bytes[start..<keyEnd]))
                let value =
                    equals >= 0
                    ? PercentDecoding.decode(UnsafeBufferPointer(rebasing: bytes[(equals + 1)..<end])) : ""
                if !needsTree { needsTree = hasStructure(key) }
                add(value, for: key, to: &grouped)
            }
            start = end + 1
        }
        guard needsTree else { return grouped }

        let tree = QueryValueTree()
        for (key, value) in grouped {
            try tree.insert(value, at: QueryKeyPath(parsing: key))
        }
        return tree.build()
    }

    /// Repeated keys collect their values in an array at the first key's position, as
    /// `querystring.parse` does.
    private static func add(_ value: String, for key: String, to grouped: inout JSONObject) {
        var isNew = false
        // One key lookup: the default is only evaluated (and stored) when the key is new.
        grouped.updateValue(forKey: key, default: { isNew = true; return .string(value) }()) { stored in
            guard !isNew else { return }
            switch stored {
            case .array(var values):
                // Release the stored copy first so the append does not copy the whole array.
                stored = .null
                values.append(.string(value))
                stored = .array(values)
            case let existing:
                var values: [JSONValue] = []
                values.reserveCapacity(4)
                values.append(existing)
                values.append(.string(value))
                stored = .array(values)
            }
        }
    }

    /// Whether a key needs the nesting grammar at all; most keys are plain names.
    private static func hasStructure(_ key: String) -> Bool {
        key.utf8.contains { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "[") }
    }
}
