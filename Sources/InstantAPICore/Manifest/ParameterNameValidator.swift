/// Which names a top-level parameter or stream may have, in a comment or a signature
/// (upstream-parser-types §9, SPEC §1).
public enum ParameterNameValidator {
    /// Names the gateway gives its own meaning.
    public static let reservedNames: Set<String> = ["_stream", "_debug", "_background", "context"]

    /// Words that are not an identifier expression on their own (`let` included: the original
    /// rejects it explicitly).
    static let reservedWords: Set<String> = [
        "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do",
        "else", "enum", "export", "extends", "false", "finally", "for", "function", "if", "import", "in",
        "instanceof", "new", "null", "return", "super", "switch", "this", "throw", "true", "try",
        "typeof", "var", "void", "while", "with", "let",
    ]

    /// A JavaScript identifier that is neither a reserved word nor a reserved parameter name.
    public static func isValid(_ name: String) -> Bool {
        isIdentifier(name) && !reservedWords.contains(name) && !reservedNames.contains(name)
    }

    /// `IdentifierStart IdentifierPart*`: Unicode ID_Start / ID_Continue plus `$`, `_`, ZWNJ, ZWJ.
    public static func isIdentifier(_ name: String) -> Bool {
        var scalars = name.unicodeScalars.makeIterator()
        guard let first = scalars.next(), first == "$" || first == "_" || first.properties.isIDStart else {
            return false
        }
        while let u = scalars.next() {
            guard u == "$" || u == "_" || u.value == 0x200C || u.value == 0x200D || u.properties.isIDContinue else {
                return false
            }
        }
        return true
    }
}
