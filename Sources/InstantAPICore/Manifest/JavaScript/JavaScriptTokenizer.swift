/// Splits JavaScript source into tokens, matching brackets as it goes. It knows just enough of
/// the lexical grammar to never mistake the inside of a string, template, comment or regular
/// expression for code; it does not validate the syntax beyond that.
struct JavaScriptTokenizer {
    let bytes: [UInt8]
    var position = 0
    var line = 1
    var tokens: [JavaScriptToken] = []
    var comments: [JavaScriptComment] = []
    /// Whether a line terminator was crossed since the last token.
    var sawNewline = false
    /// Open brackets and template heads, as token indices.
    var openGroups: [Int] = []
    /// Openers that are the head of `if (…)`, `while (…)`, `for (…)` or `with (…)`.
    var controlParens: Set<Int> = []

    init(bytes: [UInt8]) {
        self.bytes = bytes
        tokens.reserveCapacity(bytes.count / 4)
    }

    mutating func run() throws(ManifestError) {
        skipHashbang()
        while true {
            try skipTrivia()
            guard position < bytes.count else { break }
            try scanToken()
        }
        if let open = openGroups.last {
            if tokens[open].kind == .templateHead {
                throw ManifestError("Unterminated template", line: tokens[open].line)
            }
            throw ManifestError(
                "Unexpected end of input (\"\(textOf(open))\" on line \(tokens[open].line) is never closed)", line: line)
        }
    }

    private mutating func skipHashbang() {
        guard bytes.count >= 2, bytes[0] == UInt8(ascii: "#"), bytes[1] == UInt8(ascii: "!") else { return }
        while position < bytes.count && bytes[position] != 0x0A && bytes[position] != 0x0D { position += 1 }
    }

    /// Consumes a line terminator at `position` if there is one.
    @discardableResult
    mutating func consumeNewline() -> Bool {
        let byte = bytes[position]
        if byte == 0x0A {
            position += 1
        } else if byte == 0x0D {
            position += 1
            if position < bytes.count && bytes[position] == 0x0A { position += 1 }
        } else if byte == 0xE2, position + 2 < bytes.count, bytes[position + 1] == 0x80,
            bytes[position + 2] == 0xA8 || bytes[position + 2] == 0xA9
        {
            position += 3
        } else {
            return false
        }
        line += 1
        return true
    }

    private mutating func skipTrivia() throws(ManifestError) {
        while position < bytes.count {
            let byte = bytes[position]
            switch byte {
            case 0x20, 0x09, 0x0B, 0x0C:
                position += 1
            case 0x0A, 0x0D:
                consumeNewline()
                sawNewline = true
            case UInt8(ascii: "/") where position + 1 < bytes.count && bytes[position + 1] == UInt8(ascii: "/"):
                let start = position
                while position < bytes.count && bytes[position] != 0x0A && bytes[position] != 0x0D
                    && !isLineSeparator(at: position)
                {
                    position += 1
                }
                comments.append(JavaScriptComment(start: start, end: position, line: line, isBlock: false))
            case UInt8(ascii: "/") where position + 1 < bytes.count && bytes[position + 1] == UInt8(ascii: "*"):
                try skipBlockComment()
            case 0x80...:
                let (scalar, length) = JavaScriptCharacters.decodeScalar(bytes, at: position)
                if JavaScriptCharacters.isLineSeparator(scalar) {
                    consumeNewline()
                    sawNewline = true
                } else if JavaScriptCharacters.isWhitespace(scalar) {
                    position += length
                } else {
                    return
                }
            default:
                return
            }
        }
    }

    private func isLineSeparator(at index: Int) -> Bool {
        bytes[index] == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80
            && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9)
    }

    private mutating func skipBlockComment() throws(ManifestError) {
        let start = position
        let startLine = line
        position += 2
        while position < bytes.count {
            if bytes[position] == UInt8(ascii: "*"), position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "/") {
                position += 2
                comments.append(JavaScriptComment(start: start, end: position, line: startLine, isBlock: true))
                return
            }
            if consumeNewline() {
                sawNewline = true
            } else {
                position += 1
            }
        }
        throw ManifestError("Unterminated comment", line: startLine)
    }

    mutating func append(_ kind: JavaScriptToken.Kind, start: Int, line startLine: Int, punct: UInt32 = 0) {
        tokens.append(
            JavaScriptToken(
                kind: kind, start: start, end: position, line: startLine, newlineBefore: sawNewline,
                commentsBefore: comments.count, punct: punct))
        sawNewline = false
    }

    private mutating func scanToken() throws(ManifestError) {
        let byte = bytes[position]
        let start = position
        let startLine = line
        if JavaScriptCharacters.isASCIIIdentifierStart(byte) || byte == UInt8(ascii: "\\") || byte >= 0x80 {
            try scanIdentifier()
            append(.identifier, start: start, line: startLine)
            return
        }
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            try scanNumber()
        case UInt8(ascii: "."):
            if position + 1 < bytes.count && JavaScriptCharacters.isDigit(bytes[position + 1]) {
                try scanNumber()
            } else {
                try scanPunctuator()
            }
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            try scanString()
        case UInt8(ascii: "`"):
            position += 1
            try scanTemplate(start: start, line: startLine, continuing: false)
        case UInt8(ascii: "#"):
            if position + 1 < bytes.count,
                JavaScriptCharacters.isASCIIIdentifierStart(bytes[position + 1]) || bytes[position + 1] >= 0x80
            {
                position += 1
                try scanIdentifier()
                append(.privateName, start: start, line: startLine)
            } else {
                try scanPunctuator()
            }
        case UInt8(ascii: "/"):
            if regexAllowed() {
                try scanRegex()
            } else {
                try scanPunctuator()
            }
        case UInt8(ascii: "}"):
            if let open = openGroups.last, tokens[open].kind == .templateHead {
                position += 1
                try scanTemplate(start: start, line: startLine, continuing: true)
            } else {
                try scanPunctuator()
            }
        default:
            try scanPunctuator()
        }
        try matchBrackets()
    }

    /// Records openers and pairs closers with them, the only syntax check besides literals.
    private mutating func matchBrackets() throws(ManifestError) {
        let index = tokens.count - 1
        guard index >= 0 else { return }
        let token = tokens[index]
        if token.kind == .templateHead {
            openGroups.append(index)
            return
        }
        if token.kind == .templateTail, let open = openGroups.popLast() {
            tokens[open].match = index
            tokens[index].match = open
            return
        }
        guard token.kind == .punctuator else { return }
        switch token.punct {
        case Punctuator.lParen, Punctuator.lBracket, Punctuator.lBrace:
            if token.punct == Punctuator.lParen, index > 0, tokens[index - 1].kind == .identifier,
                !(index > 1 && (tokens[index - 2].punct == Punctuator.dot || tokens[index - 2].punct == Punctuator.optionalChain)),
                isWord(index - 1, "if") || isWord(index - 1, "for") || isWord(index - 1, "while")
                    || isWord(index - 1, "with")
            {
                controlParens.insert(index)
            }
            openGroups.append(index)
        case Punctuator.rParen, Punctuator.rBracket, Punctuator.rBrace:
            let expected: UInt32 =
                token.punct == Punctuator.rParen
                ? Punctuator.lParen : token.punct == Punctuator.rBracket ? Punctuator.lBracket : Punctuator.lBrace
            guard let open = openGroups.last, tokens[open].kind == .punctuator, tokens[open].punct == expected else {
                throw ManifestError("Unexpected token \"\(textOf(index))\"", line: token.line)
            }
            openGroups.removeLast()
            tokens[open].match = index
            tokens[index].match = open
            if controlParens.contains(open) { tokens[index].closesControlParen = true }
        default:
            break
        }
    }

    func textOf(_ index: Int) -> String {
        String(decoding: bytes[tokens[index].start..<tokens[index].end], as: UTF8.self)
    }

    /// The previous-token heuristic: a `/` starts a regular expression where an expression may
    /// begin.
    private func regexAllowed() -> Bool {
        guard let last = tokens.last else { return true }
        switch last.kind {
        case .number, .bigint, .string, .regex, .template, .templateTail, .privateName:
            return false
        case .templateHead, .templateMiddle:
            return true
        case .identifier:
            let count = tokens.count
            if count >= 2 {
                let before = tokens[count - 2]
                if before.kind == .punctuator && (before.punct == Punctuator.dot || before.punct == Punctuator.optionalChain) {
                    return false
                }
            }
            return JavaScriptCharacters.expressionKeywords.contains(textOf(count - 1))
        case .punctuator:
            switch last.punct {
            case Punctuator.rParen: return last.closesControlParen
            case Punctuator.rBracket, Punctuator.increment, Punctuator.decrement: return false
            default: return true
            }
        }
    }
}
