/// The parts of a function that the signature rules look at: no body, only the head.
struct FunctionHead: Sendable {
    var isAsync: Bool
    var isGenerator: Bool
    var isArrow: Bool
    /// Token range of the parameter list without its parentheses (`x` alone for `x => …`).
    var parameters: Range<Int>
    /// Line of the function's first token.
    var line: Int
    /// Index of the first token after the function.
    var end: Int
}

/// Finds function heads: declarations (`[async] function [*] NAME (…) {…}`) and the
/// expressions an export may hold (function expressions and arrows, possibly parenthesized).
struct FunctionHeadParser {
    let source: JavaScriptSource

    /// The function expression starting at `start`, or `nil` when the expression there is
    /// something else (`5`, `class {}`, `f()`, `function () {}.bind(x)`…).
    func expression(at start: Int) throws(ManifestError) -> FunctionHead? {
        var index = start
        var wrappers: [Int] = []
        while source.isPunct(index, Punctuator.lParen) {
            let close = source.tokens[index].match
            if isArrow(afterParameters: close) { break }
            wrappers.append(close)
            index += 1
        }
        guard var head = try function(at: index, declaration: false) else { return nil }
        for close in wrappers.reversed() {
            guard head.end == close else { return nil }
            head.end = close + 1
        }
        // Anything that continues the expression (`.bind(x)`, `(args)`, `|| x`, `, y`) makes
        // the exported value something other than the function.
        if head.end < source.count {
            if source.isPunct(head.end, Punctuator.comma) { return nil }
            // A bare arrow ends its expression; only text on the same line can still attach
            // to it (which JavaScript refuses anyway).
            let isBareArrow = head.isArrow && wrappers.isEmpty
            if source.canContinueExpression(head.end) && !(isBareArrow && source.tokens[head.end].newlineBefore) {
                return nil
            }
        }
        return head
    }

    /// A function declaration (or expression, with `declaration: false`) starting at `index`.
    func function(at index: Int, declaration: Bool) throws(ManifestError) -> FunctionHead? {
        var next = index
        var isAsync = false
        if source.isWord(next, "async") && next + 1 < source.count && !source.tokens[next + 1].newlineBefore {
            let after = next + 1
            if source.isWord(after, "function")
                || (!declaration && source.isIdentifier(after) && isArrow(afterParameters: after))
                || (!declaration && source.isPunct(after, Punctuator.lParen) && isArrow(afterParameters: source.tokens[after].match))
            {
                isAsync = true
                next = after
            }
        }
        let line = source.line(index)
        if source.isWord(next, "function") {
            next += 1
            var isGenerator = false
            if source.isPunct(next, Punctuator.star) {
                isGenerator = true
                next += 1
            }
            if source.isIdentifier(next) {
                next += 1
            } else if declaration {
                throw unexpected(next)
            }
            guard source.isPunct(next, Punctuator.lParen) else { throw unexpected(next) }
            let close = source.tokens[next].match
            guard source.isPunct(close + 1, Punctuator.lBrace) else { throw unexpected(close + 1) }
            return FunctionHead(
                isAsync: isAsync, isGenerator: isGenerator, isArrow: false, parameters: (next + 1)..<close, line: line,
                end: source.skipGroup(close + 1))
        }
        if declaration { return nil }
        if source.isIdentifier(next) && isArrow(afterParameters: next) {
            return FunctionHead(
                isAsync: isAsync, isGenerator: false, isArrow: true, parameters: next..<(next + 1), line: line,
                end: try arrowBodyEnd(next + 2))
        }
        if source.isPunct(next, Punctuator.lParen) {
            let close = source.tokens[next].match
            if isArrow(afterParameters: close) {
                return FunctionHead(
                    isAsync: isAsync, isGenerator: false, isArrow: true, parameters: (next + 1)..<close, line: line,
                    end: try arrowBodyEnd(close + 2))
            }
        }
        return nil
    }

    /// Whether `=>` follows token `index` on the same line.
    private func isArrow(afterParameters index: Int) -> Bool {
        source.isPunct(index + 1, Punctuator.arrow) && !source.tokens[index + 1].newlineBefore
    }

    private func arrowBodyEnd(_ body: Int) throws(ManifestError) -> Int {
        guard body < source.count else { throw unexpected(body) }
        if source.isPunct(body, Punctuator.lBrace) { return source.skipGroup(body) }
        let end = source.expressionEnd(from: body)
        guard end > body else { throw unexpected(body) }
        return end
    }

    func unexpected(_ index: Int) -> ManifestError {
        guard index < source.count else { return ManifestError("Unexpected end of input", line: source.line(index)) }
        return ManifestError("Unexpected token \"\(source.text(index))\"", line: source.line(index))
    }
}
