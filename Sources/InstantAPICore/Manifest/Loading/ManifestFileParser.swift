/// Turns one manifest file into its endpoint definitions: the exports of the JavaScript
/// source, the JSDoc comment of each, and the two merged.
public enum ManifestFileParser {
    /// Parses `source`, the file at `pathname` (relative to the project root) serving `route`.
    /// Environment variables are read for `@origin =process.env.NAME`.
    public static func parse(
        source: String, pathname: String, route: String, environment: [String: String]
    ) throws(ManifestError) -> [EndpointDefinition] {
        let exports = try ExportParser.parse(source, deferringSignatureErrors: true)
        var definitions: [EndpointDefinition] = []
        definitions.reserveCapacity(exports.functions.count)
        for function in exports.functions {
            definitions.append(
                try definition(
                    for: function, inline: exports.isInline, pathname: pathname, route: route,
                    environment: environment))
        }
        return definitions
    }

    private static func definition(
        for function: ExportedFunction, inline: Bool, pathname: String, route: String,
        environment: [String: String]
    ) throws(ManifestError) -> EndpointDefinition {
        let comment: CommentDefinition
        if let block = function.comment, !inline {
            comment = try CommentParser.parse(block.text, firstLine: block.line, environment: environment)
        } else {
            comment = CommentDefinition.empty
        }
        // The original checks each function's comment before its parameter list.
        if let error = function.signatureError { throw error }
        let params = try ParameterMerger.merge(
            signature: function.params, comment: comment, functionLine: function.line)
        return EndpointDefinition(
            name: function.method.map { "\(route)#\($0.rawValue)" } ?? route,
            pathname: pathname,
            method: function.method,
            format: .init(isAsync: function.isAsync, isInline: inline),
            description: comment.description,
            isPrivate: comment.isPrivate,
            origins: comment.origins,
            background: comment.background,
            charge: comment.charge,
            streams: comment.streams,
            takesContext: function.takesContext,
            params: params,
            returns: comment.returns,
            line: function.line)
    }
}

extension CommentDefinition {
    /// What a function without a JSDoc block declares: nothing.
    static let empty = CommentDefinition(
        description: "", origins: nil, background: nil, isPrivate: false, charge: 0, params: [], paramLines: [],
        streams: nil, returns: Parameter(name: "", type: .any, description: ""))
}
