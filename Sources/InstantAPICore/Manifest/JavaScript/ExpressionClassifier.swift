/// Names the Babel node type at the root of an expression, which is all the signature rules
/// need to know about an expression that is not a literal: upstream reports it in
/// `… got <NodeType>.` messages.
struct ExpressionClassifier {
    let source: JavaScriptSource

    /// Removes parentheses that wrap the whole range, as Babel does for node boundaries.
    func stripParentheses(_ range: Range<Int>) -> Range<Int> {
        var range = range
        while range.count >= 2, source.isPunct(range.lowerBound, Punctuator.lParen),
            source.tokens[range.lowerBound].match == range.upperBound - 1
        {
            range = (range.lowerBound + 1)..<(range.upperBound - 1)
        }
        return range
    }

    /// The Babel node type of the expression spanning `range`.
    func nodeType(_ range: Range<Int>, depth: Int = 0) throws(ManifestError) -> String {
        let range = stripParentheses(range)
        guard let first = range.first else {
            throw ManifestError("Unexpected token", line: source.line(range.lowerBound))
        }
        // Parenthesized operands recurse (`((a).b).c`); refuse absurd nesting, not the stack.
        guard depth < DefaultValueParser.maximumDepth else {
            throw ManifestError("Expression nesting is too deep", line: source.line(first))
        }
        if let operatorType = try lowestOperator(range) { return operatorType }
        let token = source.tokens[first]
        if token.kind == .punctuator {
            switch token.punct {
            case Punctuator.bang, Punctuator.tilde, Punctuator.plus, Punctuator.minus: return "UnaryExpression"
            case Punctuator.increment, Punctuator.decrement: return "UpdateExpression"
            default: break
            }
        }
        if range.count > 1 {
            if source.isWord(first, "typeof") || source.isWord(first, "void") || source.isWord(first, "delete") {
                return "UnaryExpression"
            }
            if source.isWord(first, "await") { return "AwaitExpression" }
            if source.isWord(first, "yield") { return "YieldExpression" }
            let last = range.upperBound - 1
            if source.isPunct(last, Punctuator.increment) || source.isPunct(last, Punctuator.decrement) {
                return "UpdateExpression"
            }
        }
        return try leftHandSideType(range, depth: depth)
    }

    /// Scans the top level of `range` for operators of the lowest precedence levels:
    /// arrow / assignment / conditional first (whichever comes first), then logical, then
    /// binary operators.
    private func lowestOperator(_ range: Range<Int>) throws(ManifestError) -> String? {
        var hasLogical = false
        var hasBinary = false
        var expectOperand = true
        var index = range.lowerBound
        while index < range.upperBound {
            let token = source.tokens[index]
            switch token.kind {
            case .punctuator:
                let code = token.punct
                if code == Punctuator.arrow { return "ArrowFunctionExpression" }
                if Punctuator.assignments.contains(code) { return "AssignmentExpression" }
                if code == Punctuator.question { return "ConditionalExpression" }
                if code == Punctuator.comma { return "SequenceExpression" }
                if code == Punctuator.logicalOr || code == Punctuator.logicalAnd || code == Punctuator.nullish {
                    hasLogical = true
                    expectOperand = true
                } else if code == Punctuator.increment || code == Punctuator.decrement {
                    // Prefix or postfix: either way the operand state is unchanged.
                } else if Punctuator.binaries.contains(code) {
                    if !expectOperand { hasBinary = true }
                    expectOperand = true
                } else if code == Punctuator.dot || code == Punctuator.optionalChain || code == Punctuator.bang
                    || code == Punctuator.tilde || code == Punctuator.ellipsis
                {
                    expectOperand = true
                } else if token.isOpener {
                    expectOperand = false
                } else {
                    expectOperand = false
                }
            case .identifier:
                if !expectOperand && (source.isWord(index, "in") || source.isWord(index, "instanceof")) {
                    hasBinary = true
                    expectOperand = true
                } else if source.isWord(index, "typeof") || source.isWord(index, "void") || source.isWord(index, "delete")
                    || source.isWord(index, "new") || source.isWord(index, "await")
                {
                    expectOperand = true
                } else {
                    expectOperand = false
                }
            default:
                expectOperand = false
            }
            index = source.skipGroup(index)
        }
        if hasLogical { return "LogicalExpression" }
        if hasBinary { return "BinaryExpression" }
        return nil
    }

    /// A primary expression followed by member accesses, calls and tagged templates.
    private func leftHandSideType(_ range: Range<Int>, depth: Int) throws(ManifestError) -> String {
        var index = range.lowerBound
        var pendingNew = 0
        while index < range.upperBound, source.isWord(index, "new"), !source.isPunct(index + 1, Punctuator.dot) {
            pendingNew += 1
            index += 1
        }
        var (type, next) = try primary(at: index, in: range, depth: depth)
        if pendingNew > 0 {
            // `new` takes the member chain and the first argument list as its own.
            while pendingNew > 0 {
                while next < range.upperBound,
                    source.isPunct(next, Punctuator.dot) || source.isPunct(next, Punctuator.lBracket)
                {
                    next = source.isPunct(next, Punctuator.dot) ? next + 2 : source.skipGroup(next)
                }
                if next < range.upperBound && source.isPunct(next, Punctuator.lParen) {
                    next = source.skipGroup(next)
                    pendingNew -= 1
                } else {
                    pendingNew = 0
                }
            }
            type = "NewExpression"
        }
        var optional = false
        while next < range.upperBound {
            let token = source.tokens[next]
            if source.isPunct(next, Punctuator.optionalChain) {
                optional = true
                if source.isPunct(next + 1, Punctuator.lParen) {
                    type = "OptionalCallExpression"
                    next = source.skipGroup(next + 1)
                } else if source.isPunct(next + 1, Punctuator.lBracket) {
                    type = "OptionalMemberExpression"
                    next = source.skipGroup(next + 1)
                } else {
                    type = "OptionalMemberExpression"
                    next += 2
                }
            } else if source.isPunct(next, Punctuator.dot) {
                type = optional ? "OptionalMemberExpression" : "MemberExpression"
                next += 2
            } else if source.isPunct(next, Punctuator.lBracket) {
                type = optional ? "OptionalMemberExpression" : "MemberExpression"
                next = source.skipGroup(next)
            } else if source.isPunct(next, Punctuator.lParen) {
                type = optional ? "OptionalCallExpression" : "CallExpression"
                next = source.skipGroup(next)
            } else if token.kind == .template || token.kind == .templateHead {
                type = "TaggedTemplateExpression"
                next = source.skipGroup(next)
            } else {
                throw ManifestError("Unexpected token \"\(source.text(next))\"", line: token.line)
            }
        }
        return type
    }

    private func primary(at index: Int, in range: Range<Int>, depth: Int) throws(ManifestError) -> (String, Int) {
        guard index < range.upperBound else {
            throw ManifestError("Unexpected token", line: source.line(index))
        }
        let token = source.tokens[index]
        switch token.kind {
        case .number: return ("NumericLiteral", index + 1)
        case .bigint: return ("BigIntLiteral", index + 1)
        case .string: return ("StringLiteral", index + 1)
        case .regex: return ("RegExpLiteral", index + 1)
        case .template, .templateHead: return ("TemplateLiteral", source.skipGroup(index))
        case .privateName: return ("PrivateName", index + 1)
        case .templateMiddle, .templateTail:
            throw ManifestError("Unexpected token", line: token.line)
        case .punctuator:
            switch token.punct {
            case Punctuator.lBracket: return ("ArrayExpression", source.skipGroup(index))
            case Punctuator.lBrace: return ("ObjectExpression", source.skipGroup(index))
            case Punctuator.lParen:
                let end = source.skipGroup(index)
                return (try nodeType((index + 1)..<(end - 1), depth: depth + 1), end)
            default:
                throw ManifestError("Unexpected token \"\(source.text(index))\"", line: token.line)
            }
        case .identifier:
            if source.isWord(index, "true") || source.isWord(index, "false") { return ("BooleanLiteral", index + 1) }
            if source.isWord(index, "null") { return ("NullLiteral", index + 1) }
            if source.isWord(index, "this") { return ("ThisExpression", index + 1) }
            if source.isWord(index, "super") { return ("Super", index + 1) }
            if (source.isWord(index, "import") || source.isWord(index, "new")) && source.isPunct(index + 1, Punctuator.dot) {
                return ("MetaProperty", index + 3)
            }
            if source.isWord(index, "import") { return ("Import", index + 1) }
            if source.isWord(index, "class") { return ("ClassExpression", range.upperBound) }
            var functionStart = index
            if source.isWord(index, "async") && source.isWord(index + 1, "function") && !source.tokens[index + 1].newlineBefore {
                functionStart = index + 1
            }
            if source.isWord(functionStart, "function") {
                var next = functionStart + 1
                if source.isPunct(next, Punctuator.star) { next += 1 }
                if source.isIdentifier(next) { next += 1 }
                if source.isPunct(next, Punctuator.lParen) { next = source.skipGroup(next) }
                if source.isPunct(next, Punctuator.lBrace) { next = source.skipGroup(next) }
                return ("FunctionExpression", min(next, range.upperBound))
            }
            return ("Identifier", index + 1)
        }
    }
}
