/// One token of a JavaScript manifest. Tokens point into the source bytes instead of copying
/// text, so scanning a file allocates little beyond the token array.
struct JavaScriptToken: Sendable {
    enum Kind: UInt8, Sendable {
        case identifier, number, bigint, string, regex, punctuator, privateName
        /// A template without substitutions: `` `abc` ``.
        case template
        /// `` `abc${ ``: opens a group that `templateTail` closes.
        case templateHead
        /// `` }abc${ `` between two substitutions.
        case templateMiddle
        /// `` }abc` ``
        case templateTail
    }

    var kind: Kind
    /// Byte offsets of the token in the source.
    var start: Int
    var end: Int
    /// 1-based line of the first byte.
    var line: Int
    /// Whether a line terminator stands between the previous token and this one (ASI).
    var newlineBefore: Bool
    /// How many comments precede this token in the file; the comments between token `i - 1`
    /// and token `i` are `comments[tokens[i - 1].commentsBefore ..< tokens[i].commentsBefore]`.
    var commentsBefore: Int
    /// For punctuators, the bytes packed little-endian (see `Punctuator`); 0 otherwise.
    var punct: UInt32 = 0
    /// For `(`, `[`, `{`, `templateHead` and their closers: the index of the partner token.
    var match: Int = -1
    /// A `)` closing the head of `if`/`for`/`while`/`with`: what follows starts a statement.
    var closesControlParen = false

    var isOpener: Bool {
        kind == .templateHead
            || (kind == .punctuator && (punct == Punctuator.lParen || punct == Punctuator.lBracket
                || punct == Punctuator.lBrace))
    }
}

/// A `//` or `/* */` comment.
struct JavaScriptComment: Sendable {
    /// Byte offsets of the whole comment, delimiters included.
    var start: Int
    var end: Int
    var line: Int
    var isBlock: Bool
}

/// Packed punctuator codes, so comparing a token with `=>` is one integer comparison.
enum Punctuator {
    static func code(_ text: StaticString) -> UInt32 {
        var value: UInt32 = 0
        var shift: UInt32 = 0
        text.withUTF8Buffer { buffer in
            for byte in buffer.prefix(4) {
                value |= UInt32(byte) << shift
                shift += 8
            }
        }
        return value
    }

    static func code(_ bytes: ArraySlice<UInt8>) -> UInt32 {
        var value: UInt32 = 0
        var shift: UInt32 = 0
        for byte in bytes.prefix(4) {
            value |= UInt32(byte) << shift
            shift += 8
        }
        return value
    }

    static let lParen = UInt32(UInt8(ascii: "("))
    static let rParen = UInt32(UInt8(ascii: ")"))
    static let lBracket = UInt32(UInt8(ascii: "["))
    static let rBracket = UInt32(UInt8(ascii: "]"))
    static let lBrace = UInt32(UInt8(ascii: "{"))
    static let rBrace = UInt32(UInt8(ascii: "}"))
    static let semicolon = UInt32(UInt8(ascii: ";"))
    static let comma = UInt32(UInt8(ascii: ","))
    static let dot = UInt32(UInt8(ascii: "."))
    static let colon = UInt32(UInt8(ascii: ":"))
    static let assign = UInt32(UInt8(ascii: "="))
    static let star = UInt32(UInt8(ascii: "*"))
    static let question = UInt32(UInt8(ascii: "?"))
    static let plus = UInt32(UInt8(ascii: "+"))
    static let minus = UInt32(UInt8(ascii: "-"))
    static let bang = UInt32(UInt8(ascii: "!"))
    static let tilde = UInt32(UInt8(ascii: "~"))
    static let at = UInt32(UInt8(ascii: "@"))
    static let hash = UInt32(UInt8(ascii: "#"))
    static let arrow = code("=>")
    static let ellipsis = code("...")
    static let optionalChain = code("?.")
    static let increment = code("++")
    static let decrement = code("--")
    static let logicalOr = code("||")
    static let logicalAnd = code("&&")
    static let nullish = code("??")

    /// Every punctuator, longest first within each leading byte.
    static let all: [StaticString] = [
        ">>>=", "...", "===", "!==", "**=", "<<=", ">>=", ">>>", "&&=", "||=", "??=",
        "=>", "==", "!=", "<=", ">=", "&&", "||", "??", "?.", "++", "--", "+=", "-=", "*=", "/=",
        "%=", "&=", "|=", "^=", "**", "<<", ">>",
        "{", "}", "(", ")", "[", "]", ";", ",", "<", ">", "+", "-", "*", "/", "%", "&", "|", "^",
        "!", "~", "?", ":", "=", ".", "@", "#",
    ]

    /// Assignment operators: a default value whose root is one of these is an AssignmentExpression.
    static let assignments: Set<UInt32> = Set(
        ["=", "+=", "-=", "*=", "/=", "%=", "**=", "<<=", ">>=", ">>>=", "&=", "|=", "^=", "&&=", "||=", "??="]
            .map { code($0) })

    /// Binary operators spelled with punctuation (`in` and `instanceof` are words).
    static let binaries: Set<UInt32> = Set(
        ["+", "-", "*", "/", "%", "**", "<<", ">>", ">>>", "<", ">", "<=", ">=", "==", "!=", "===", "!==",
         "&", "|", "^"].map { code($0) })

    /// Punctuators that cannot continue an expression after a line break, so ASI applies
    /// before them.
    static let nonContinuing: Set<UInt32> = Set(
        ["{", "}", ";", "!", "~", "++", "--", "@", "#", ")", "]"].map { code($0) })
}

extension JavaScriptToken {
    /// Whether the token's text in `bytes` is exactly `word`.
    func spells(_ word: StaticString, in bytes: [UInt8]) -> Bool {
        word.withUTF8Buffer { buffer in
            guard buffer.count == end - start, end <= bytes.count else { return false }
            var offset = start
            for byte in buffer {
                if bytes[offset] != byte { return false }
                offset += 1
            }
            return true
        }
    }
}
