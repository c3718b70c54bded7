/// A tokenized manifest: the source bytes, its tokens (brackets matched) and its comments.
struct JavaScriptSource: Sendable {
    var bytes: [UInt8]
    var tokens: [JavaScriptToken]
    var comments: [JavaScriptComment]

    init(_ text: String) throws(ManifestError) {
        var tokenizer = JavaScriptTokenizer(bytes: Array(text.utf8))
        try tokenizer.run()
        bytes = tokenizer.bytes
        tokens = tokenizer.tokens
        comments = tokenizer.comments
    }

    var count: Int { tokens.count }

    func isPunct(_ index: Int, _ code: UInt32) -> Bool {
        index >= 0 && index < tokens.count && tokens[index].kind == .punctuator && tokens[index].punct == code
    }

    /// Whether token `index` is the identifier (or keyword) `word`.
    func isWord(_ index: Int, _ word: StaticString) -> Bool {
        guard index >= 0, index < tokens.count, tokens[index].kind == .identifier else { return false }
        return tokens[index].spells(word, in: bytes)
    }

    func isIdentifier(_ index: Int) -> Bool {
        index >= 0 && index < tokens.count && tokens[index].kind == .identifier
    }

    /// The source text of token `index`.
    func text(_ index: Int) -> String {
        guard index >= 0, index < tokens.count else { return "" }
        return String(decoding: bytes[tokens[index].start..<tokens[index].end], as: UTF8.self)
    }

    /// The source text from the first byte of token `range.lowerBound` to the last byte of
    /// token `range.upperBound - 1`, comments and spacing included.
    func text(_ range: Range<Int>) -> String {
        guard !range.isEmpty, range.lowerBound >= 0, range.upperBound <= tokens.count else { return "" }
        return String(decoding: bytes[tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end], as: UTF8.self)
    }

    func line(_ index: Int) -> Int {
        if index >= 0 && index < tokens.count { return tokens[index].line }
        return tokens.last?.line ?? 1
    }

    /// The index after the group opened at `index` (or `index + 1` for any other token).
    func skipGroup(_ index: Int) -> Int {
        let token = tokens[index]
        if token.isOpener && token.match > index { return token.match + 1 }
        return index + 1
    }

    /// Whether token `index` can end an expression, so a line break after it may insert a `;`.
    func canEndExpression(_ index: Int) -> Bool {
        guard index >= 0, index < tokens.count else { return false }
        let token = tokens[index]
        switch token.kind {
        case .identifier, .number, .bigint, .string, .regex, .template, .templateTail, .privateName:
            return true
        case .templateHead, .templateMiddle:
            return false
        case .punctuator:
            let code = token.punct
            return code == Punctuator.rBracket || code == Punctuator.rBrace || code == Punctuator.increment
                || code == Punctuator.decrement || (code == Punctuator.rParen && !token.closesControlParen)
        }
    }

    /// Whether token `index` continues the expression before it even after a line break.
    func canContinueExpression(_ index: Int) -> Bool {
        guard index >= 0, index < tokens.count else { return false }
        let token = tokens[index]
        switch token.kind {
        case .punctuator: return !Punctuator.nonContinuing.contains(token.punct)
        case .template, .templateHead: return true
        case .identifier: return isWord(index, "in") || isWord(index, "instanceof")
        default: return false
        }
    }

    /// The first token at the same depth after `start` that ends the expression beginning at
    /// `start`: a `;` or `,`, a closing bracket, the end of the file, or a line break where
    /// automatic semicolon insertion applies.
    func expressionEnd(from start: Int) -> Int {
        var index = start
        while index < tokens.count {
            let token = tokens[index]
            if index > start && token.newlineBefore && canEndExpression(index - 1) && !canContinueExpression(index) {
                return index
            }
            switch token.kind {
            case .templateMiddle, .templateTail:
                return index
            case .punctuator:
                let code = token.punct
                if code == Punctuator.semicolon || code == Punctuator.comma || code == Punctuator.rParen
                    || code == Punctuator.rBracket || code == Punctuator.rBrace
                {
                    return index
                }
            default:
                break
            }
            index = skipGroup(index)
        }
        return tokens.count
    }

    /// Splits `range` at commas of depth 0.
    func splitAtCommas(_ range: Range<Int>) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        var partStart = range.lowerBound
        var index = range.lowerBound
        while index < range.upperBound {
            if isPunct(index, Punctuator.comma) {
                parts.append(partStart..<index)
                partStart = index + 1
                index += 1
            } else {
                index = min(skipGroup(index), range.upperBound)
            }
        }
        parts.append(partStart..<range.upperBound)
        return parts
    }
}
