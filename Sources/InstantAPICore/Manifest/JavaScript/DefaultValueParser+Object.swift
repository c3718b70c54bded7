extension DefaultValueParser {
    /// An object literal: keys may be identifiers, strings or numbers; methods, accessors,
    /// computed keys and spreads are refused. Keys end up in JavaScript's own order.
    func object(_ range: Range<Int>, path: [String], depth: Int) throws(Failure) -> JSONValue {
        var members = JSONObject()
        let pathText = path.joined(separator: ".")
        for property in elements(of: range) {
            guard var index = property.first else {
                throw .syntax(ManifestError("Unexpected token \",\"", line: source.line(range.lowerBound)))
            }
            if source.isPunct(index, Punctuator.ellipsis) {
                throw .invalid("(\(pathText)) Object literals in default values can not contain spread elements")
            }
            var isMethod = false
            if source.isPunct(index, Punctuator.star) {
                isMethod = true
                index += 1
            } else if source.isWord(index, "get") || source.isWord(index, "set") || source.isWord(index, "async"),
                index + 1 < property.upperBound,
                !source.isPunct(index + 1, Punctuator.colon) && !source.isPunct(index + 1, Punctuator.lParen)
                    && !source.isPunct(index + 1, Punctuator.assign)
            {
                isMethod = true
                index += 1
                if source.isPunct(index, Punctuator.star) { index += 1 }
            }
            guard index < property.upperBound else {
                throw .syntax(ManifestError("Unexpected token", line: source.line(index)))
            }
            let (key, keyEnd, computed) = try propertyKey(at: index)
            let keyPath = "\(pathText).\(key)"
            if isMethod || source.isPunct(keyEnd, Punctuator.lParen) {
                throw .invalid("(\(keyPath)) Object literals in default values can not contain functions")
            }
            if keyEnd == property.upperBound, !computed, source.tokens[index].kind == .identifier {
                throw .invalid("(\(keyPath)) Expected \(Self.allowedTypes) in Right-Hand of AssignmentPattern, got Identifier.")
            }
            if source.isPunct(keyEnd, Punctuator.assign) {
                throw .syntax(ManifestError("Invalid shorthand property initializer.", line: source.line(keyEnd)))
            }
            guard keyEnd < property.upperBound, source.isPunct(keyEnd, Punctuator.colon) else {
                throw .syntax(ManifestError("Unexpected token \"\(source.text(keyEnd))\"", line: source.line(keyEnd)))
            }
            if computed {
                throw .invalid("(\(keyPath)) Object literals in default values can not contain computed properties")
            }
            let value = try nested((keyEnd + 1)..<property.upperBound, path: path + [key], depth: depth)
            // `__proto__: value` sets the prototype; it never becomes an own key.
            if key == "__proto__" && source.tokens[index].kind != .number { continue }
            members[key] = value
        }
        return .object(Self.javaScriptOrder(members))
    }

    /// The key of the property starting at `index`, the index after it, and whether it is
    /// computed (`[key]`). A computed key that is not a literal has the name `""`, as
    /// upstream prints `undefined` in a path.
    private func propertyKey(at index: Int) throws(Failure) -> (String, Int, Bool) {
        let token = source.tokens[index]
        switch token.kind {
        case .identifier:
            return (source.text(index), index + 1, false)
        case .string, .number, .bigint:
            return (try literalKey(at: index), index + 1, false)
        case .punctuator where token.punct == Punctuator.lBracket:
            let end = source.skipGroup(index)
            let inner = classifier.stripParentheses((index + 1)..<(end - 1))
            var key = ""
            if inner.count == 1 {
                let innerToken = source.tokens[inner.lowerBound]
                if innerToken.kind == .identifier {
                    key = source.text(inner.lowerBound)
                } else if innerToken.kind == .string || innerToken.kind == .number || innerToken.kind == .bigint {
                    key = try literalKey(at: inner.lowerBound)
                }
            }
            return (key, end, true)
        default:
            throw .syntax(ManifestError("Unexpected token \"\(source.text(index))\"", line: token.line))
        }
    }

    private func literalKey(at index: Int) throws(Failure) -> String {
        let token = source.tokens[index]
        let bytes = source.bytes[token.start..<token.end]
        switch token.kind {
        case .string:
            return JavaScriptLiteralDecoder.string(bytes)
        case .bigint:
            return String(decoding: bytes.dropLast(), as: UTF8.self)
        default:
            guard let value = JavaScriptLiteralDecoder.number(bytes) else {
                throw .syntax(ManifestError("Invalid number \(source.text(index))", line: token.line))
            }
            if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
            return JSONNumberFormat.string(value)
        }
    }

    /// JavaScript enumerates integer-like keys (array indices) first, in ascending order, then
    /// the other keys in insertion order.
    static func javaScriptOrder(_ members: JSONObject) -> JSONObject {
        var indices: [(UInt32, String)] = []
        for key in members.keys {
            if let index = arrayIndex(key) { indices.append((index, key)) }
        }
        guard !indices.isEmpty else { return members }
        indices.sort { $0.0 < $1.0 }
        var ordered = JSONObject()
        for (_, key) in indices { ordered[key] = members[key] }
        for (key, value) in members where arrayIndex(key) == nil { ordered[key] = value }
        return ordered
    }

    private static func arrayIndex(_ key: String) -> UInt32? {
        let utf8 = key.utf8
        guard let first = utf8.first, utf8.count <= 10, JavaScriptCharacters.isDigit(first),
            first != UInt8(ascii: "0") || utf8.count == 1, utf8.allSatisfy(JavaScriptCharacters.isDigit),
            let value = UInt64(key), value < 0xFFFF_FFFF
        else { return nil }
        return UInt32(value)
    }
}
