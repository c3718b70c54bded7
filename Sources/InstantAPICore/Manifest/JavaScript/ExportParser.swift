/// Finds the exported functions of a JavaScript endpoint manifest and their signatures,
/// as upstream's `exported_function_parser.js` does, without running or fully parsing the file.
public enum ExportParser {
    /// Parses `source` and returns its exports in source order.
    ///
    /// Throws upstream's messages for every export and signature rule, and a message naming
    /// the line for text that cannot be tokenized (unterminated strings, comments or
    /// templates, unbalanced brackets). With `deferringSignatureErrors`, a function whose
    /// parameter list breaks a rule is returned with `signatureError` set instead, so that its
    /// comment can be checked first, in upstream's order.
    public static func parse(
        _ source: String, deferringSignatureErrors: Bool = false
    ) throws(ManifestError) -> ManifestExports {
        let javaScript = try JavaScriptSource(source)
        let scanner = ExportStatementScanner(source: javaScript)
        let scan = try scanner.scan()
        let found =
            scan.isModule
            ? try moduleFunctions(scan.moduleStatements, in: javaScript)
            : try commonJSFunction(scan.moduleExports, in: javaScript)
        guard !found.isEmpty else {
            let inline = ExportedFunction(
                method: nil, comment: nil, isAsync: true, params: [], takesContext: true, line: 1)
            return ManifestExports(functions: [inline], isInline: true)
        }
        let signatures = FunctionSignatureParser(source: javaScript)
        var functions: [ExportedFunction] = []
        functions.reserveCapacity(found.count)
        for (method, head, start) in found {
            var function = ExportedFunction(
                method: method, comment: scanner.leadingComment(start), isAsync: head.isAsync, params: [],
                takesContext: false, line: javaScript.line(start))
            do {
                (function.params, function.takesContext) = try signatures.parse(head)
            } catch {
                guard deferringSignatureErrors else { throw error }
                function.signatureError = error
            }
            functions.append(function)
        }
        return ManifestExports(functions: functions, isInline: false)
    }

    private typealias Found = (method: HTTPMethodName?, head: FunctionHead, start: Int)

    private static func commonJSFunction(
        _ statements: [(start: Int, value: Int)], in source: JavaScriptSource
    ) throws(ManifestError) -> [Found] {
        guard let statement = statements.first else { return [] }
        if statements.count > 1 {
            throw ManifestError("Too many exports from file via \"module.exports\"", line: source.line(statements[1].start))
        }
        let line = source.line(statement.start)
        guard let head = try FunctionHeadParser(source: source).expression(at: statement.value) else {
            throw ManifestError("\"module.exports\" must export a valid Function", line: line)
        }
        if head.isGenerator {
            throw ManifestError("\"module.exports\" can not export a generator", line: line)
        }
        return [(nil, head, statement.start)]
    }

    /// Upstream's order of checks: every named declaration first (in source order), then each
    /// export's value (default first), then default and named exports together.
    private static func moduleFunctions(
        _ statements: [ExportStatementScanner.ModuleStatement], in source: JavaScriptSource
    ) throws(ManifestError) -> [Found] {
        var defaultValue: (start: Int, value: Int)?
        var named: [(method: HTTPMethodName, start: Int, value: Int?, isDeclaration: Bool)] = []
        for statement in statements {
            let line = source.line(statement.start)
            switch statement {
            case .exportDefault(let start, let value):
                defaultValue = (start, value)
            case .exportFunction(let start, let name, let function):
                named.append((try method(named: name, line: line), start, function, true))
            case .exportVariable(let start, let name, _, let declarators, let value):
                if declarators > 1 {
                    throw ManifestError(
                        "Named exports of type \"VariableDeclaration\" can only export one value, received \(declarators) values.",
                        line: line)
                }
                named.append((try method(named: name, line: line), start, value, false))
            case .exportOther(_, let type):
                throw ManifestError(
                    "Named exports can only be of type \"VariableDeclaration\" and \"FunctionDeclaration\", received \"\(type)\"",
                    line: line)
            case .exportSpecifiers:
                throw ManifestError(
                    "Named exports must declare their function in the export statement "
                        + "(\"export async function GET (…)\" or \"export const GET = async (…) => …\"); "
                        + "\"export { … }\" lists are not supported",
                    line: line)
            }
        }
        let heads = FunctionHeadParser(source: source)
        var found: [Found] = []
        if let (start, value) = defaultValue {
            let startsDeclaration =
                source.isWord(value, "function") || (source.isWord(value, "async") && source.isWord(value + 1, "function")
                    && !source.tokens[value + 1].newlineBefore)
            let head =
                startsDeclaration
                ? try heads.function(at: value, declaration: false) : try heads.expression(at: value)
            found.append((nil, try checked(head, line: source.line(start)), start))
        }
        for export in named {
            let line = source.line(export.start)
            var head: FunctionHead?
            if let value = export.value {
                head = export.isDeclaration
                    ? try heads.function(at: value, declaration: true) : try heads.expression(at: value)
            }
            found.append((export.method, try checked(head, line: line), export.start))
        }
        if defaultValue != nil && !named.isEmpty {
            throw ManifestError(
                "Can not export named declarations \"GET\", \"POST\", \"PUT\", \"DELETE\" if a default export is specified.",
                line: source.line(named[0].start))
        }
        return found
    }

    private static func method(named name: String, line: Int) throws(ManifestError) -> HTTPMethodName {
        guard let method = HTTPMethodName(rawValue: name) else {
            throw ManifestError(
                "Named exports can only have the names \"GET\", POST\", PUT\", DELETE\", received \"\(name)\"", line: line)
        }
        return method
    }

    private static func checked(_ head: FunctionHead?, line: Int) throws(ManifestError) -> FunctionHead {
        guard let head else { throw ManifestError("\"export\" must export a valid Function", line: line) }
        if head.isGenerator { throw ManifestError("\"export\" can not export a generator", line: line) }
        return head
    }
}
