/// The `{…}` type token at the start of a parameter line, split into its alternatives
/// (upstream-parser-types §6.1-6.2).
struct TypeToken: Sendable, Hashable {
    /// The token as written, braces included (re-emitted for dotted member lines).
    var raw: String
    /// A leading `?`: the parameter defaults to `null`.
    var isOptional: Bool
    /// Type expressions in order; the first is the main type. When literals were written, the
    /// implied base type (`string`, `number` or `any`) has been put first.
    var alternatives: [String]
    /// Alternatives that are JSON literals; they become the options.
    var literals: [JSONValue]
    /// What follows the token: name and description.
    var remainder: String

    init(declaration: String) throws(ManifestError) {
        let scalars = Array(declaration.unicodeScalars)
        guard let (start, end) = Self.locate(in: scalars) else {
            throw ManifestError("Invalid type definition in \"\(declaration)\"")
        }
        raw = CommentText.string(scalars[start...end])
        // The original slices the token's length off the start of the line, wherever the token
        // was found, so the token is only meaningful as the first thing on the line.
        remainder = CommentText.trim(CommentText.string(scalars.dropFirst(end - start + 1)))
        var content = scalars[(start + 1)..<end]
        isOptional = content.first == "?"
        if isOptional { content = content.dropFirst() }
        var types: [String] = []
        var literals: [JSONValue] = []
        for alternative in Self.splitUnion(content) {
            if let value = try? JSONValue.parse(alternative) {
                literals.append(value)
            } else {
                types.append(alternative)
            }
        }
        if let first = literals.first {
            let kind = Self.kind(of: first)
            if kind == "string" || kind == "number", literals.allSatisfy({ Self.kind(of: $0) == kind }),
               !types.contains(kind) {
                types.insert(kind, at: 0)
            } else if types.first != "any" {
                types.insert("any", at: 0)
            }
        }
        alternatives = types
        self.literals = literals
    }

    /// `/\{(.*?)\}(\s+?|$)/`: the first `{` whose lazily matched `}` is followed by whitespace
    /// or the end. `.` does not cross line terminators. Linear: a scan that reaches the end
    /// without a match rules out every later start too.
    private static func locate(in s: [Unicode.Scalar]) -> (Int, Int)? {
        var start = s.firstIndex(of: "{")
        while let open = start {
            var j = open + 1
            while j < s.count {
                let u = s[j]
                if u == "}", j + 1 == s.count || CommentText.isWhitespace(s[j + 1]) {
                    return (open, j)
                }
                if CommentText.isLineTerminator(u) { break }
                j += 1
            }
            guard j < s.count else { return nil }
            start = s[j...].firstIndex(of: "{")
        }
        return nil
    }

    /// Splits on `|` outside `{}`, `[]`, `()` and `<>`, with the original's forgiving stack: a
    /// closer only pops when it matches the innermost opener.
    private static func splitUnion(_ content: ArraySlice<Unicode.Scalar>) -> [String] {
        var pieces: [String] = []
        var current = String.UnicodeScalarView()
        var stack: [Unicode.Scalar] = []
        for u in content {
            if stack.isEmpty, u == "|" {
                pieces.append(String(current))
                current = String.UnicodeScalarView()
                continue
            }
            if let closer = closer(of: u) {
                stack.append(closer)
            } else if let top = stack.last, u == top {
                stack.removeLast()
            }
            current.append(u)
        }
        pieces.append(String(current))
        return pieces
    }

    private static func closer(of u: Unicode.Scalar) -> Unicode.Scalar? {
        switch u {
        case "{": return "}"
        case "[": return "]"
        case "(": return ")"
        case "<": return ">"
        default: return nil
        }
    }

    /// JavaScript's `typeof` for a parsed literal.
    static func kind(of value: JSONValue) -> String {
        switch value {
        case .string: return "string"
        case .number: return "number"
        case .bool: return "boolean"
        default: return "object"
        }
    }
}
