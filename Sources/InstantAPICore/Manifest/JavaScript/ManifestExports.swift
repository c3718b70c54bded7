/// A `/* … */` comment standing directly before an export statement.
public struct LeadingComment: Sendable, Hashable {
    /// The raw text between `/*` and `*/`; a JSDoc block's text starts with `*`.
    public var text: String
    /// 1-based line of the `/*`.
    public var line: Int

    public init(text: String, line: Int) {
        self.text = text
        self.line = line
    }
}

/// One parameter of an exported function's signature, `callback` and `context` excluded.
public struct SignatureParameter: Sendable, Hashable {
    public var name: String
    /// The value of `= default`, or `nil` when there is none.
    public var defaultValue: JSONValue?
    /// The type the default implies: number, string, boolean, any (for `null`), object or
    /// array; `nil` without a default.
    public var impliedType: ParameterType?
    /// The default's source text, e.g. `-7` or `{a: 1}`.
    public var defaultSource: String?
    /// 1-based line of the parameter.
    public var line: Int

    public init(
        name: String, defaultValue: JSONValue? = nil, impliedType: ParameterType? = nil, defaultSource: String? = nil,
        line: Int
    ) {
        self.name = name
        self.defaultValue = defaultValue
        self.impliedType = impliedType
        self.defaultSource = defaultSource
        self.line = line
    }
}

/// One exported function of a manifest and its signature.
public struct ExportedFunction: Sendable, Hashable {
    /// The method of an ESM named export; `nil` for `export default`, `module.exports` and
    /// inline files.
    public var method: HTTPMethodName?
    /// The last leading comment of the export statement, when it is a `/** … */` block.
    public var comment: LeadingComment?
    public var isAsync: Bool
    /// The parameters in order, without `callback` and a trailing `context`.
    public var params: [SignatureParameter]
    /// Whether the last (non-callback) parameter is `context`.
    public var takesContext: Bool
    /// 1-based line of the export statement.
    public var line: Int
    /// Why the parameter list is invalid, when parsing deferred that error (`params` is then empty).
    public var signatureError: ManifestError?

    public init(
        method: HTTPMethodName?, comment: LeadingComment?, isAsync: Bool, params: [SignatureParameter],
        takesContext: Bool, line: Int
    ) {
        self.method = method
        self.comment = comment
        self.isAsync = isAsync
        self.params = params
        self.takesContext = takesContext
        self.line = line
    }
}

/// What a manifest exports.
public struct ManifestExports: Sendable, Hashable {
    /// The exported functions in source order (a default export alone, or named methods).
    public var functions: [ExportedFunction]
    /// A file without `module.exports` and without ESM exports: one function with no method,
    /// async, no parameters, `takesContext` true and no comment.
    public var isInline: Bool

    public init(functions: [ExportedFunction], isInline: Bool) {
        self.functions = functions
        self.isInline = isInline
    }
}
