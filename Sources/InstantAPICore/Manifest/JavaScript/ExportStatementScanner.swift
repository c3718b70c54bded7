/// Finds the top-level statements that export something: `module.exports = …`,
/// `export default …` and named `export` declarations. Bodies are skipped by bracket
/// matching; nothing below the top level is looked at.
struct ExportStatementScanner {
    /// One `export` statement of a module.
    enum ModuleStatement {
        case exportDefault(start: Int, value: Int)
        /// `export [async] function [*] NAME (…) {…}`; `function` is the index of `async` or `function`.
        case exportFunction(start: Int, name: String, function: Int)
        /// `export const|let|var NAME [= value], …`; `name` is the pattern's text when it is
        /// not an identifier.
        case exportVariable(start: Int, name: String, isIdentifier: Bool, declarators: Int, value: Int?)
        /// `export class …`: a declaration kind upstream refuses.
        case exportOther(start: Int, type: String)
        /// `export { … }` or `export * as name from …`: nothing declared in the statement.
        case exportSpecifiers(start: Int)

        var start: Int {
            switch self {
            case .exportDefault(let start, _), .exportFunction(let start, _, _), .exportVariable(let start, _, _, _, _),
                .exportOther(let start, _), .exportSpecifiers(let start):
                return start
            }
        }
    }

    struct Result {
        /// Whether the file is an ES module (it has `import` or `export` declarations, or uses
        /// `import.meta`); `module.exports` is then ignored, as upstream parses it as a module.
        var isModule = false
        /// `module.exports = …` statements: the statement's first token and the value's.
        var moduleExports: [(start: Int, value: Int)] = []
        var moduleStatements: [ModuleStatement] = []
    }

    let source: JavaScriptSource

    func scan() throws(ManifestError) -> Result {
        var result = Result()
        var exportedNames: Set<String> = []
        var hasDefault = false
        var index = 0
        while index < source.count {
            if source.tokens[index].kind == .identifier && !isPropertyName(index) {
                if source.isWord(index, "export") {
                    result.isModule = true
                    if let statement = try exportStatement(at: index) {
                        switch statement {
                        case .exportDefault:
                            if hasDefault {
                                throw ManifestError("Only one default export allowed per module.", line: source.line(index))
                            }
                            hasDefault = true
                        case .exportFunction(_, let name, _), .exportVariable(_, let name, true, _, _):
                            if !exportedNames.insert(name).inserted {
                                throw ManifestError(
                                    "`\(name)` has already been exported. Exported identifiers must be unique.",
                                    line: source.line(index))
                            }
                        default:
                            break
                        }
                        result.moduleStatements.append(statement)
                    }
                } else if source.isWord(index, "import") && !source.isPunct(index + 1, Punctuator.lParen)
                    && !source.isPunct(index + 1, Punctuator.dot)
                {
                    result.isModule = true
                } else if source.isWord(index, "module") && source.isPunct(index + 1, Punctuator.dot)
                    && source.isWord(index + 2, "exports") && source.isPunct(index + 3, Punctuator.assign)
                    && isStatementStart(index)
                {
                    result.moduleExports.append((index, index + 4))
                }
            }
            index = source.skipGroup(index)
        }
        if !result.isModule { result.isModule = usesImportMeta() }
        return result
    }

    /// The last leading comment of the statement starting at `index`, if it is a `/** */` block.
    func leadingComment(_ index: Int) -> LeadingComment? {
        guard index < source.count else { return nil }
        let lower = index > 0 ? source.tokens[index - 1].commentsBefore : 0
        let upper = source.tokens[index].commentsBefore
        guard upper > lower, upper <= source.comments.count else { return nil }
        let comment = source.comments[upper - 1]
        let textStart = comment.start + 2
        let textEnd = comment.end - 2
        guard comment.isBlock, textStart < textEnd, source.bytes[textStart] == UInt8(ascii: "*") else { return nil }
        return LeadingComment(text: String(decoding: source.bytes[textStart..<textEnd], as: UTF8.self), line: comment.line)
    }

    private func isPropertyName(_ index: Int) -> Bool {
        index > 0 && (source.isPunct(index - 1, Punctuator.dot) || source.isPunct(index - 1, Punctuator.optionalChain))
    }

    /// Whether a statement can start at `index`: after `;`, after a block, at the start of the
    /// file, or after a line break where a semicolon would be inserted.
    private func isStatementStart(_ index: Int) -> Bool {
        guard index > 0 else { return true }
        let previous = index - 1
        if source.isPunct(previous, Punctuator.semicolon) || source.isPunct(previous, Punctuator.rBrace) { return true }
        if source.isWord(previous, "else") || source.isWord(previous, "do") { return false }
        return source.tokens[index].newlineBefore && source.canEndExpression(previous)
    }

    private func usesImportMeta() -> Bool {
        for index in 0..<source.count where source.isWord(index, "import") && source.isPunct(index + 1, Punctuator.dot) {
            if !isPropertyName(index) { return true }
        }
        return false
    }

    private func exportStatement(at start: Int) throws(ManifestError) -> ModuleStatement? {
        let next = start + 1
        let heads = FunctionHeadParser(source: source)
        if source.isWord(next, "default") {
            guard next + 1 < source.count else { throw heads.unexpected(next + 1) }
            return .exportDefault(start: start, value: next + 1)
        }
        if source.isWord(next, "function") || (source.isWord(next, "async") && source.isWord(next + 1, "function")) {
            var nameIndex = source.isWord(next, "async") ? next + 2 : next + 1
            if source.isPunct(nameIndex, Punctuator.star) { nameIndex += 1 }
            guard source.isIdentifier(nameIndex) else { throw heads.unexpected(nameIndex) }
            return .exportFunction(start: start, name: source.text(nameIndex), function: next)
        }
        if source.isWord(next, "const") || source.isWord(next, "let") || source.isWord(next, "var") {
            return try variableStatement(start: start, binding: next + 1)
        }
        if source.isWord(next, "class") { return .exportOther(start: start, type: "ClassDeclaration") }
        if source.isPunct(next, Punctuator.lBrace) { return .exportSpecifiers(start: start) }
        if source.isPunct(next, Punctuator.star) {
            // `export * from "x"` declares nothing here and upstream ignores it.
            return source.isWord(next + 1, "as") ? .exportSpecifiers(start: start) : nil
        }
        throw heads.unexpected(next)
    }

    private func variableStatement(start: Int, binding: Int) throws(ManifestError) -> ModuleStatement {
        guard binding < source.count, source.isIdentifier(binding) || source.tokens[binding].isOpener else {
            throw FunctionHeadParser(source: source).unexpected(binding)
        }
        let isIdentifier = source.isIdentifier(binding)
        let bindingEnd = source.skipGroup(binding)
        let name = isIdentifier ? source.text(binding) : source.text(binding..<bindingEnd)
        let value = source.isPunct(bindingEnd, Punctuator.assign) ? bindingEnd + 1 : nil
        var declarators = 1
        var end = source.expressionEnd(from: binding)
        while source.isPunct(end, Punctuator.comma) {
            declarators += 1
            end = source.expressionEnd(from: end + 1)
        }
        return .exportVariable(
            start: start, name: name, isIdentifier: isIdentifier, declarators: declarators, value: value)
    }
}
