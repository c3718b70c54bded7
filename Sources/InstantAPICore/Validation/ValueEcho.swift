/// What an error message shows of a rejected value: the value itself while it is small, else a
/// preview of bounded size, so that a short request cannot make a huge answer (an index of
/// 65535 in a query string is an array of 65,536 elements; a 10 MB string is 10 MB twice).
///
/// The preview keeps the value's shape: long strings are cut with a `…` marker saying how long
/// they were, arrays and objects keep their first entries and end with a marker entry, big
/// buffers become `Buffer[n]`. Its cost is bounded too: it never walks the whole value.
public enum ValueEcho {
    /// The longest string shown, in characters.
    public static let maxStringLength = 256
    /// The most values (strings, numbers, entries…) shown in all.
    public static let maxValues = 100

    /// `value`, or its bounded preview.
    public static func preview(_ value: JSONValue) -> JSONValue {
        var budget = maxValues
        return preview(value, budget: &budget)
    }

    /// `text` cut to `maxStringLength` characters with a marker, when it is longer.
    public static func preview(_ text: String) -> String {
        guard text.utf8.count > maxStringLength else { return text }
        let kept = text.prefix(maxStringLength)
        guard kept.endIndex < text.endIndex else { return text }
        return kept + "… (\(text.utf8.count) bytes in all)"
    }

    private static func preview(_ value: JSONValue, budget: inout Int) -> JSONValue {
        budget -= 1
        switch value {
        case .null, .bool, .number:
            return value
        case .string(let text):
            return .string(preview(text))
        case .buffer(let bytes):
            return bytes.count > maxStringLength ? .string("Buffer[\(bytes.count)]") : value
        case .array(let items):
            var shown: [JSONValue] = []
            for item in items {
                guard budget > 0 else {
                    shown.append(.string("… \(items.count - shown.count) more items"))
                    break
                }
                shown.append(preview(item, budget: &budget))
            }
            return .array(shown)
        case .object(let members):
            var shown = JSONObject()
            for (key, member) in members {
                guard budget > 0 else {
                    shown["…"] = .string("\(members.count - shown.count) more members")
                    break
                }
                shown[preview(key)] = preview(member, budget: &budget)
            }
            return .object(shown)
        }
    }
}
