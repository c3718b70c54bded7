extension JavaScriptTokenizer {
    func isWord(_ index: Int, _ word: StaticString) -> Bool {
        tokens[index].spells(word, in: bytes)
    }

    mutating func scanIdentifier() throws(ManifestError) {
        var first = true
        while position < bytes.count {
            let byte = bytes[position]
            if byte < 0x80 {
                if JavaScriptCharacters.isASCIIIdentifierPart(byte) && !(first && JavaScriptCharacters.isDigit(byte)) {
                    position += 1
                } else if byte == UInt8(ascii: "\\") {
                    try scanUnicodeEscapeInIdentifier()
                } else {
                    break
                }
            } else {
                let (scalar, length) = JavaScriptCharacters.decodeScalar(bytes, at: position)
                let fits = first
                    ? JavaScriptCharacters.isIdentifierStart(scalar)
                    : JavaScriptCharacters.isIdentifierPart(scalar)
                guard fits else {
                    if first {
                        let character = Unicode.Scalar(scalar).map { String(Character($0)) } ?? "?"
                        throw ManifestError("Unexpected character '\(character)'", line: line)
                    }
                    break
                }
                position += length
            }
            first = false
        }
    }

    private mutating func scanUnicodeEscapeInIdentifier() throws(ManifestError) {
        guard position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "u") else {
            throw ManifestError("Expecting Unicode escape sequence \\uXXXX", line: line)
        }
        position += 2
        if position < bytes.count && bytes[position] == UInt8(ascii: "{") {
            position += 1
            while position < bytes.count && JavaScriptCharacters.isHexDigit(bytes[position]) { position += 1 }
            guard position < bytes.count && bytes[position] == UInt8(ascii: "}") else {
                throw ManifestError("Bad character escape sequence", line: line)
            }
            position += 1
        } else {
            for _ in 0..<4 {
                guard position < bytes.count && JavaScriptCharacters.isHexDigit(bytes[position]) else {
                    throw ManifestError("Bad character escape sequence", line: line)
                }
                position += 1
            }
        }
    }

    mutating func scanNumber() throws(ManifestError) {
        let start = position
        let startLine = line
        func digits(_ accept: (UInt8) -> Bool) {
            while position < bytes.count && (accept(bytes[position]) || bytes[position] == UInt8(ascii: "_")) {
                position += 1
            }
        }
        let byte = bytes[position]
        if byte == UInt8(ascii: "0"), position + 1 < bytes.count,
            [UInt8(ascii: "x"), UInt8(ascii: "X"), UInt8(ascii: "o"), UInt8(ascii: "O"), UInt8(ascii: "b"),
             UInt8(ascii: "B")].contains(bytes[position + 1])
        {
            position += 2
            digits(JavaScriptCharacters.isHexDigit)
        } else {
            digits(JavaScriptCharacters.isDigit)
            if position < bytes.count && bytes[position] == UInt8(ascii: ".") {
                position += 1
                digits(JavaScriptCharacters.isDigit)
            }
            if position < bytes.count && (bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E")) {
                position += 1
                if position < bytes.count && (bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-")) {
                    position += 1
                }
                digits(JavaScriptCharacters.isDigit)
            }
        }
        var kind = JavaScriptToken.Kind.number
        if position < bytes.count && bytes[position] == UInt8(ascii: "n") {
            position += 1
            kind = .bigint
        }
        if position < bytes.count,
            JavaScriptCharacters.isASCIIIdentifierPart(bytes[position]) || bytes[position] == UInt8(ascii: "\\")
        {
            throw ManifestError("Identifier directly after number", line: startLine)
        }
        append(kind, start: start, line: startLine)
    }

    mutating func scanString() throws(ManifestError) {
        let start = position
        let startLine = line
        let quote = bytes[position]
        position += 1
        while position < bytes.count {
            let byte = bytes[position]
            if byte == quote {
                position += 1
                append(.string, start: start, line: startLine)
                return
            }
            if byte == UInt8(ascii: "\\") {
                position += 1
                guard position < bytes.count else { break }
                if !consumeNewline() { position += 1 }
            } else if byte == 0x0A || byte == 0x0D {
                break
            } else {
                position += 1
            }
        }
        throw ManifestError("Unterminated string constant", line: startLine)
    }

    /// Scans template characters after `` ` `` or after the `}` closing a substitution.
    mutating func scanTemplate(start: Int, line startLine: Int, continuing: Bool) throws(ManifestError) {
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "`") {
                position += 1
                append(continuing ? .templateTail : .template, start: start, line: startLine)
                return
            }
            if byte == UInt8(ascii: "$"), position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "{") {
                position += 2
                append(continuing ? .templateMiddle : .templateHead, start: start, line: startLine)
                return
            }
            if byte == UInt8(ascii: "\\") {
                position += 1
                guard position < bytes.count else { break }
            }
            if !consumeNewline() { position += 1 }
        }
        throw ManifestError("Unterminated template", line: startLine)
    }

    mutating func scanRegex() throws(ManifestError) {
        let start = position
        let startLine = line
        position += 1
        var inClass = false
        while position < bytes.count {
            let byte = bytes[position]
            if byte == 0x0A || byte == 0x0D { break }
            if byte == UInt8(ascii: "\\") {
                position += 1
                guard position < bytes.count, bytes[position] != 0x0A, bytes[position] != 0x0D else { break }
            } else if byte == UInt8(ascii: "[") {
                inClass = true
            } else if byte == UInt8(ascii: "]") {
                inClass = false
            } else if byte == UInt8(ascii: "/") && !inClass {
                position += 1
                while position < bytes.count && JavaScriptCharacters.isASCIIIdentifierPart(bytes[position]) {
                    position += 1
                }
                append(.regex, start: start, line: startLine)
                return
            }
            position += 1
        }
        throw ManifestError("Unterminated regular expression", line: startLine)
    }

    mutating func scanPunctuator() throws(ManifestError) {
        let start = position
        let startLine = line
        let first = bytes[position]
        let candidates = first < 0x80 ? JavaScriptTokenizer.punctuatorsByFirstByte[Int(first)] : []
        for candidate in candidates {
            let length = candidate.count
            guard position + length <= bytes.count else { continue }
            if bytes[position..<(position + length)].elementsEqual(candidate) {
                // `?.5` is a conditional followed by a number, not optional chaining.
                if length == 2, candidate[1] == UInt8(ascii: "."), candidate[0] == UInt8(ascii: "?"),
                    position + 2 < bytes.count, JavaScriptCharacters.isDigit(bytes[position + 2])
                {
                    continue
                }
                position += length
                append(.punctuator, start: start, line: startLine, punct: Punctuator.code(candidate[...]))
                return
            }
        }
        throw ManifestError("Unexpected character (byte 0x\(String(first, radix: 16)))", line: startLine)
    }

    static let punctuatorsByFirstByte: [[[UInt8]]] = {
        var table = [[[UInt8]]](repeating: [], count: 128)
        for punctuator in Punctuator.all {
            let bytes = punctuator.withUTF8Buffer { Array($0) }
            if let first = bytes.first { table[Int(first & 0x7F)].append(bytes) }
        }
        return table
    }()
}
