@testable import InstantAPICore

/// Builds the raw text between `/*` and `*/` of a block written the usual way:
/// `/**`, then ` * line` for each line, then ` */`. The first line is at file line 2.
func block(_ lines: [String]) -> String {
    "*\n" + lines.map { $0.isEmpty ? " *" : " * \($0)" }.joined(separator: "\n") + "\n "
}

func parseComment(_ lines: [String], environment: [String: String] = [:]) throws(ManifestError) -> CommentDefinition {
    try CommentParser.parse(block(lines), firstLine: 1, environment: environment)
}

/// The error a block raises, or `nil`.
func commentError(_ lines: [String], environment: [String: String] = [:]) -> ManifestError? {
    do {
        _ = try parseComment(lines, environment: environment)
        return nil
    } catch {
        return error
    }
}

/// The first `@param` of a block that declares only it.
func param(_ line: String, _ more: [String] = []) throws(ManifestError) -> Parameter {
    let definition = try parseComment(["@param \(line)"] + more)
    guard let first = definition.params.first else { throw ManifestError("no param") }
    return first
}

func p(
    _ name: String, _ type: ParameterType, _ description: String = "", defaultValue: JSONValue? = nil,
    options: ParameterOptions? = nil, range: NumericRange? = nil, size: SizeBounds? = nil,
    schema: [Parameter]? = nil, alternateSchemas: [[Parameter]]? = nil, alternateTypes: [Parameter]? = nil,
    members: [EnumMember]? = nil, defaultMetafield: String? = nil
) -> Parameter {
    Parameter(
        name: name, type: type, description: description, defaultValue: defaultValue,
        defaultMetafield: defaultMetafield, options: options, range: range, size: size, schema: schema,
        alternateSchemas: alternateSchemas, alternateTypes: alternateTypes, members: members)
}

let notSupported = "not supported, must be one of \(ParameterType.quotedList)"
