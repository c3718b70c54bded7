/// Evaluates a parameter's default value: JSON-like literals only, as upstream's
/// `validateDefaultParameterExpression` allows them.
struct DefaultValueParser {
    /// Why a default was refused.
    enum Failure: Error {
        /// Upstream's inner message, wrapped by the caller as
        /// `Invalid default parameter: <name> = <source> (<inner>)`.
        case invalid(String)
        /// The text is not JavaScript at all; reported as it is.
        case syntax(ManifestError)
    }

    static let allowedTypes =
        "NumericLiteral, StringLiteral, BooleanLiteral, NullLiteral, ObjectExpression, ArrayExpression, UnaryExpression"
    /// Nesting deeper than this is refused rather than risking the stack.
    static let maximumDepth = 256

    let source: JavaScriptSource
    var classifier: ExpressionClassifier { ExpressionClassifier(source: source) }

    /// The value of the default spanning `range`, and the type it implies.
    func evaluate(_ range: Range<Int>, name: String) throws(Failure) -> (JSONValue, ParameterType) {
        let range = classifier.stripParentheses(range)
        let type = try nodeType(range)
        let value = try value(range, nodeType: type, path: [name], depth: 0)
        let implied: ParameterType
        switch type {
        case "StringLiteral": implied = .string
        case "BooleanLiteral": implied = .boolean
        case "NullLiteral": implied = .any
        case "ObjectExpression": implied = .object
        case "ArrayExpression": implied = .array
        default: implied = .number
        }
        return (value, implied)
    }

    private func nodeType(_ range: Range<Int>) throws(Failure) -> String {
        do {
            return try classifier.nodeType(range)
        } catch {
            throw .syntax(error)
        }
    }

    private func value(_ range: Range<Int>, nodeType: String, path: [String], depth: Int) throws(Failure) -> JSONValue {
        guard depth < Self.maximumDepth else {
            throw .invalid("(\(path.joined(separator: "."))) Default value nesting is too deep")
        }
        let range = classifier.stripParentheses(range)
        let first = range.lowerBound
        switch nodeType {
        case "NumericLiteral":
            return .number(try number(at: first))
        case "StringLiteral":
            return .string(JavaScriptLiteralDecoder.string(source.bytes[source.tokens[first].start..<source.tokens[first].end]))
        case "BooleanLiteral":
            return .bool(source.isWord(first, "true"))
        case "NullLiteral":
            return .null
        case "UnaryExpression":
            let argument = classifier.stripParentheses((first + 1)..<range.upperBound)
            let isMinus = source.isPunct(first, Punctuator.minus)
            guard isMinus || source.isPunct(first, Punctuator.plus), argument.count == 1,
                source.tokens[argument.lowerBound].kind == .number
            else {
                throw .invalid("Invalid UnaryExpression")
            }
            let magnitude = try number(at: argument.lowerBound)
            return .number(isMinus ? -magnitude : magnitude)
        case "ArrayExpression":
            return try array(range, path: path, depth: depth)
        case "ObjectExpression":
            return try object(range, path: path, depth: depth)
        default:
            throw .invalid(
                "(\(path.joined(separator: "."))) Expected \(Self.allowedTypes) in Right-Hand of AssignmentPattern, got \(nodeType).")
        }
    }

    private func number(at index: Int) throws(Failure) -> Double {
        let token = source.tokens[index]
        guard let value = JavaScriptLiteralDecoder.number(source.bytes[token.start..<token.end]) else {
            throw .syntax(ManifestError("Invalid number \(source.text(index))", line: token.line))
        }
        return value
    }

    /// Nested values are checked in the same way, each with its path (`name.0.key`).
    func nested(_ range: Range<Int>, path: [String], depth: Int) throws(Failure) -> JSONValue {
        let type = try nodeType(range)
        return try value(range, nodeType: type, path: path, depth: depth + 1)
    }

    /// The contents of the bracket group spanning `range`, split at commas; a trailing comma
    /// adds no element.
    func elements(of range: Range<Int>) -> [Range<Int>] {
        guard range.count >= 2 else { return [] }
        var parts = source.splitAtCommas((range.lowerBound + 1)..<(range.upperBound - 1))
        if let last = parts.last, last.isEmpty { parts.removeLast() }
        return parts
    }

    private func array(_ range: Range<Int>, path: [String], depth: Int) throws(Failure) -> JSONValue {
        var values: [JSONValue] = []
        for (position, element) in elements(of: range).enumerated() {
            let elementPath = path + [String(position)]
            if element.isEmpty {
                throw .invalid("(\(elementPath.joined(separator: "."))) Array literals in default values can not contain holes")
            }
            if source.isPunct(element.lowerBound, Punctuator.ellipsis) {
                throw .invalid(
                    "(\(elementPath.joined(separator: "."))) Expected \(Self.allowedTypes) in Right-Hand of AssignmentPattern, got SpreadElement.")
            }
            values.append(try nested(element, path: elementPath, depth: depth))
        }
        return .array(values)
    }
}
