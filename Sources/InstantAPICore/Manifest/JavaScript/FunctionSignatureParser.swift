/// Applies upstream's signature rules to a function head: `callback` for non-async
/// functions, `context` last, valid names, and literal defaults.
struct FunctionSignatureParser {
    let source: JavaScriptSource

    /// The shape of one parameter, as Babel would type its node.
    private enum Shape {
        case identifier(name: String, index: Int)
        case assignment(name: String, index: Int, value: Range<Int>)
        case patternWithDefault(index: Int)
        case pattern(index: Int, text: String)
        case rest(index: Int, text: String)
    }

    func parse(_ head: FunctionHead) throws(ManifestError) -> (params: [SignatureParameter], takesContext: Bool) {
        var shapes = try self.shapes(head.parameters)
        if !head.isAsync {
            guard case .identifier(name: "callback", _)? = shapes.popLast() else {
                throw ManifestError(
                    "Non-async functions must have parameter named \"callback\" as the last argument", line: head.line)
            }
        }
        var takesContext = false
        if case .identifier(name: "context", _)? = shapes.last {
            shapes.removeLast()
            takesContext = true
        }
        // Upstream checks from the last parameter to the first; the first error it meets wins.
        var params: [SignatureParameter] = []
        params.reserveCapacity(shapes.count)
        for shape in shapes.reversed() {
            params.append(try parameter(shape, isAsync: head.isAsync))
        }
        return (params.reversed(), takesContext)
    }

    private func parameter(_ shape: Shape, isAsync: Bool) throws(ManifestError) -> SignatureParameter {
        switch shape {
        case .identifier(let name, let index):
            let line = source.line(index)
            if name == "context" {
                throw ManifestError("When specified, \"context\" must be the last provided (non-callback) argument", line: line)
            }
            try checkName(name, isAsync: isAsync, line: line)
            return SignatureParameter(name: name, line: line)
        case .assignment(let name, let index, let value):
            let line = source.line(index)
            if name == "context" {
                throw ManifestError("When specified, \"context\" can not be assigned a default value", line: line)
            }
            try checkName(name, isAsync: isAsync, line: line)
            let parser = DefaultValueParser(source: source)
            let valueSource = source.text(parser.classifier.stripParentheses(value))
            do {
                let (defaultValue, type) = try parser.evaluate(value, name: name)
                return SignatureParameter(
                    name: name, defaultValue: defaultValue, impliedType: type, defaultSource: valueSource, line: line)
            } catch {
                switch error {
                case .invalid(let message):
                    throw ManifestError("Invalid default parameter: \(name) = \(valueSource) (\(message))", line: line)
                case .syntax(let error):
                    throw error
                }
            }
        case .patternWithDefault(let index):
            throw ManifestError("Expected Identifier in Left-Hand of AssignmentPattern", line: source.line(index))
        case .pattern(let index, let text):
            throw ManifestError(
                "Destructured parameters are not supported (\(text)): declare each parameter by name", line: source.line(index))
        case .rest(let index, let text):
            throw ManifestError(
                "Rest parameters are not supported (\(text)): declare each parameter by name", line: source.line(index))
        }
    }

    private func checkName(_ name: String, isAsync: Bool, line: Int) throws(ManifestError) {
        if isAsync && name == "callback" {
            throw ManifestError("Async functions can not have a parameter named \"callback\"", line: line)
        }
        if !Self.isValidName(name) {
            throw ManifestError("Invalid parameter name \"\(name)\"", line: line)
        }
    }

    /// A plain identifier (no escapes), valid as a parameter name in a comment too.
    static func isValidName(_ name: String) -> Bool {
        !name.utf8.contains(UInt8(ascii: "\\")) && ParameterNameValidator.isValid(name)
    }

    private func shapes(_ range: Range<Int>) throws(ManifestError) -> [Shape] {
        var parts = source.splitAtCommas(range)
        if let last = parts.last, last.isEmpty { parts.removeLast() }
        var shapes: [Shape] = []
        var seen: Set<String> = []
        for part in parts {
            guard let first = part.first else {
                throw ManifestError("Unexpected token \",\"", line: source.line(range.lowerBound))
            }
            let shape: Shape
            if source.isPunct(first, Punctuator.ellipsis) {
                shape = .rest(index: first, text: source.text(part))
            } else if source.isPunct(first, Punctuator.lBrace) || source.isPunct(first, Punctuator.lBracket) {
                let afterPattern = source.skipGroup(first)
                if afterPattern < part.upperBound && source.isPunct(afterPattern, Punctuator.assign) {
                    shape = .patternWithDefault(index: first)
                } else {
                    shape = .pattern(index: first, text: source.text(part))
                }
            } else if source.isIdentifier(first) && part.count == 1 {
                shape = .identifier(name: source.text(first), index: first)
            } else if source.isIdentifier(first) && part.count > 2 && source.isPunct(first + 1, Punctuator.assign) {
                shape = .assignment(name: source.text(first), index: first, value: (first + 2)..<part.upperBound)
            } else {
                throw ManifestError("Invalid parameter name \"\(source.text(part))\"", line: source.line(first))
            }
            if case .identifier(let name, _) = shape, !seen.insert(name).inserted {
                throw ManifestError("Duplicate parameter name \"\(name)\"", line: source.line(first))
            }
            if case .assignment(let name, _, _) = shape, !seen.insert(name).inserted {
                throw ManifestError("Duplicate parameter name \"\(name)\"", line: source.line(first))
            }
            shapes.append(shape)
        }
        return shapes
    }
}
