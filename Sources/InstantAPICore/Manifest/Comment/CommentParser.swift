/// Parses the JSDoc block that documents an endpoint: the original's
/// `comment_definition_parser.js` (upstream-parser-types §3-§9), with the fixes of SPEC §1.
public enum CommentParser {
    /// `comment` is the raw text between `/*` and `*/` of a `/** … */` block (so it starts with "*").
    /// `firstLine` is the 1-based line in the file where `/**` stands.
    /// `environment` is used for `@origin =process.env.NAME` (and `=env.NAME`, SPEC §1).
    ///
    /// Errors carry the original's message and the file line of the directive or schema line
    /// concerned.
    public static func parse(
        _ comment: String, firstLine: Int, environment: [String: String]
    ) throws(ManifestError) -> CommentDefinition {
        var reducer = CommentLineReducer()
        // Every line is sorted first: a misplaced directive wins over errors inside entries.
        for line in CommentNormalizer.lines(of: comment, firstLine: firstLine) {
            try reducer.reduce(line)
        }
        var definition = CommentDefinition()
        let parser = ParameterLineParser()
        for entry in reducer.entries {
            do {
                try apply(entry, to: &definition, parser: parser, environment: environment)
            } catch {
                var located = error.placedOnCommentLine(entry.fileLine)
                located.message = "Comment Definition Error (\"\(entry.fieldName)\"): \(located.message)"
                throw located
            }
        }
        return definition
    }

    /// The original's `createDefinition` for one entry.
    private static func apply(
        _ entry: CommentEntry, to definition: inout CommentDefinition, parser: ParameterLineParser,
        environment: [String: String]
    ) throws(ManifestError) {
        guard let field = entry.field else {
            definition.description = entry.values.joined(separator: "\n")
            return
        }
        switch field {
        case .param:
            let parsed = try parser.parse(values: entry.values, textSchema: (entry.textSchema ?? [])[...])
            let name = parsed.parameter.name
            guard !parsed.isNameMissing, ParameterNameValidator.isValid(name) else {
                throw ManifestError("Invalid parameter name \"\(parsed.isNameMissing ? "undefined" : name)\"")
            }
            definition.params.append(parsed.parameter)
            definition.paramLines.append(entry.fileLine)
        case .stream:
            let parsed = try parser.parse(values: entry.values, textSchema: (entry.textSchema ?? [])[...])
            let name = parsed.parameter.name
            guard !parsed.isNameMissing, ParameterNameValidator.isValid(name) else {
                throw ManifestError("Invalid stream name \"\(parsed.isNameMissing ? "undefined" : name)\"")
            }
            definition.streams = (definition.streams ?? []) + [parsed.parameter]
        case .returns:
            definition.returns = try parser.parse(values: entry.values, textSchema: (entry.textSchema ?? [])[...]).parameter
        case .origin:
            definition.origins = (definition.origins ?? []) + (try OriginDirective.origins(entry.values, environment: environment))
        case .background:
            definition.background = try BackgroundDirective.mode(entry.values)
        case .charge:
            definition.charge = try ChargeDirective.charge(entry.values)
        case .private:
            definition.isPrivate = true
        case .keys, .acl:
            break  // Accepted for compatibility; they only take part in the order check.
        }
    }
}
