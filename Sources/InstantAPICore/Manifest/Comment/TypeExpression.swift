/// One alternative of a type token, taken apart: `T[]` sugar, a trailing `{size}`/`{range}`,
/// the lower-cased name and an `<subtype>` (upstream-parser-types §6.2).
struct TypeExpression: Sendable, Hashable {
    /// Lower-cased type name, subtype removed.
    var name: String
    /// The text inside a trailing `{…}` that reads as a size or a range (may be empty).
    var suffix: String?
    /// The text inside `<…>`, lower-cased with the name (a quirk for literals inside `<>`).
    var subtype: String?
    /// The whole expression after `[]` rewriting, as error messages quote it.
    var match: String

    /// `maxWraps` bounds the `[]` rewriting so that garbage cannot build huge strings.
    init(_ text: String, maxWraps: Int, remainder: String) throws(ManifestError) {
        var scalars = Array(text.unicodeScalars)
        var wraps = 0
        // `string[x][a..b]` becomes `array<array<string>{x}>{a..b}`: the last bracket is outermost.
        while let (open, size) = Self.trailingArrayBracket(scalars) {
            wraps += 1
            if wraps > maxWraps {
                throw ManifestError("Type definition nested too deeply in \"\(text)\"")
            }
            var wrapped = Array("array<".unicodeScalars)
            wrapped += scalars[..<open]
            wrapped.append(">")
            if !size.isEmpty {
                wrapped.append("{")
                wrapped += size
                wrapped.append("}")
            }
            scalars = wrapped
        }
        var nameScalars = scalars[...]
        if scalars.last == "}", let open = scalars.lastIndex(of: "{") {
            let content = scalars[(open + 1)..<(scalars.count - 1)]
            if Self.isSize(content) || Self.isRange(content) {
                suffix = CommentText.string(content)
                nameScalars = scalars[..<open]
            }
        }
        if nameScalars.contains(where: CommentText.isLineTerminator) {
            throw ManifestError("Invalid type in \"\(remainder)\"")
        }
        match = CommentText.trim(CommentText.string(scalars))
        var lowered = CommentText.string(nameScalars).lowercased()
        if CommentText.hasSuffix(lowered, ">"), let open = lowered.unicodeScalars.firstIndex(of: "<") {
            let loweredScalars = lowered.unicodeScalars
            let inner = loweredScalars[loweredScalars.index(after: open)..<loweredScalars.index(before: loweredScalars.endIndex)]
            subtype = CommentText.string(inner)
            lowered = CommentText.string(loweredScalars[..<open])
        }
        name = lowered
    }

    /// `/\[(\d*(\.\.)?\d*)?]$/`: the opening bracket's index and the size text inside.
    private static func trailingArrayBracket(_ s: [Unicode.Scalar]) -> (Int, ArraySlice<Unicode.Scalar>)? {
        guard s.last == "]" else { return nil }
        var i = s.count - 2
        while i >= 0, CommentText.isDigit(s[i]) || s[i] == "." { i -= 1 }
        guard i >= 0, s[i] == "[" else { return nil }
        let content = s[(i + 1)..<(s.count - 1)]
        return isSize(content) ? (i, content) : nil
    }

    /// `\d*(\.\.)?\d*`
    static func isSize(_ s: ArraySlice<Unicode.Scalar>) -> Bool {
        var i = s.startIndex
        while i < s.endIndex, CommentText.isDigit(s[i]) { i += 1 }
        if i + 1 < s.endIndex, s[i] == ".", s[i + 1] == "." { i += 2 }
        while i < s.endIndex, CommentText.isDigit(s[i]) { i += 1 }
        return i == s.endIndex
    }

    /// `(NUM)?,(NUM)?` with `NUM := [-+]?\d+(\.\d*)?(e[-+]?\d+)?`.
    static func isRange(_ s: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let comma = s.firstIndex(of: ",") else { return false }
        let left = s[..<comma]
        let right = s[(comma + 1)...]
        return (left.isEmpty || isNumber(left)) && (right.isEmpty || isNumber(right))
    }

    static func isNumber(_ s: ArraySlice<Unicode.Scalar>) -> Bool {
        var i = s.startIndex
        if i < s.endIndex, s[i] == "-" || s[i] == "+" { i += 1 }
        let digitsStart = i
        while i < s.endIndex, CommentText.isDigit(s[i]) { i += 1 }
        guard i > digitsStart else { return false }
        if i < s.endIndex, s[i] == "." {
            i += 1
            while i < s.endIndex, CommentText.isDigit(s[i]) { i += 1 }
        }
        if i < s.endIndex, s[i] == "e" {
            i += 1
            if i < s.endIndex, s[i] == "-" || s[i] == "+" { i += 1 }
            let exponentStart = i
            while i < s.endIndex, CommentText.isDigit(s[i]) { i += 1 }
            guard i > exponentStart else { return false }
        }
        return i == s.endIndex
    }
}
