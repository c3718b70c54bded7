/// What a JSDoc comment block declares.
///
/// The comment alone does not make an endpoint: the signature parser merges `params` with the
/// exported function's parameters (all-or-none rule) before an `EndpointDefinition` exists.
public struct CommentDefinition: Sendable, Hashable {
    /// The lines before the first directive, each trimmed, joined with `"\n"`.
    public var description: String
    /// Allowed CORS origins from `@origin`, `nil` when there is none.
    public var origins: [String]?
    public var background: BackgroundMode?
    public var isPrivate: Bool
    /// `@charge`, `0` by default.
    public var charge: Int
    /// `@param` entries in order; `{?T}` or `[name]` give `defaultValue = .null`.
    public var params: [Parameter]
    /// 1-based file line of each `@param` directive (same count as `params`).
    public var paramLines: [Int]
    /// `@stream` entries, `nil` when there is none.
    public var streams: [Parameter]?
    /// `@returns`, or a nameless `any` when there is none.
    public var returns: Parameter

    public init(
        description: String = "", origins: [String]? = nil, background: BackgroundMode? = nil,
        isPrivate: Bool = false, charge: Int = 0, params: [Parameter] = [], paramLines: [Int] = [],
        streams: [Parameter]? = nil, returns: Parameter = Parameter(name: "", type: .any, description: "")
    ) {
        self.description = description
        self.origins = origins
        self.background = background
        self.isPrivate = isPrivate
        self.charge = charge
        self.params = params
        self.paramLines = paramLines
        self.streams = streams
        self.returns = returns
    }
}
