/// Enum member lines `["key", value]`, one per line (upstream-parser-types §8).
enum EnumMemberParser {
    static func parse(_ lines: some Sequence<String>) throws(ManifestError) -> [EnumMember] {
        var members: [EnumMember] = []
        for line in lines where !line.isEmpty {
            members.append(try member(line))
        }
        // Keys sorted in UTF-16 order as JavaScript's `sort()` does, so the reported duplicate is
        // the same; an empty key is falsy there and never reported.
        let keys = members.map(\.key).sorted { $0.utf16.lexicographicallyPrecedes($1.utf16) }
        for (key, next) in zip(keys, keys.dropFirst()) where key == next && !key.isEmpty {
            throw ManifestError("Invalid Enum. Duplicate member \"\(key)\" found")
        }
        return members
    }

    private static func member(_ line: String) throws(ManifestError) -> EnumMember {
        let notAPair = ManifestError("Enum members must be a JSON array of length 2.")
        guard let value = try? JSONValue.parse(line) else { throw notAPair }
        switch value {
        case .array(let pair):
            guard pair.count == 2 else { throw notAPair }
            guard case .string(let key) = pair[0] else {
                throw ManifestError("The left hand side of enum members must be a string")
            }
            return EnumMember(key: key, value: pair[1])
        case .string(let text):
            // A two-character string has `length === 2` and a string at `[0]`, so the original
            // takes it as a member: `"ab"` is the key "a" with the value "b".
            let scalars = Array(text.unicodeScalars)
            guard text.utf16.count == 2, scalars.count == 2 else { throw notAPair }
            return EnumMember(key: String(scalars[0]), value: .string(String(scalars[1])))
        case .object(let object) where object["length"] == .number(2):
            throw ManifestError("The left hand side of enum members must be a string")
        default:
            throw notAPair
        }
    }
}
