/// A parsed parameter line, with the type token as written (dotted member lines re-emit it).
struct ParsedParameter: Sendable, Hashable {
    var parameter: Parameter
    var rawType: String
    /// `{enum}` with no name after it; the original's name is then `undefined`.
    var isNameMissing: Bool = false
}

/// One `@param`/`@stream`/`@returns` entry or text-schema member: the original's
/// `getParameter(values, textSchema, depth)` (upstream-parser-types §6).
struct ParameterLineParser: Sendable {
    /// Nesting beyond this (subtypes, `[]`, alternates, schema levels) is rejected rather than
    /// recursed into; real manifests stay far below it.
    static let maxLevel = 40

    /// `values`: the first line and its continuation lines. `textSchema`: the `@ ` lines.
    func parse(
        values: [String], textSchema: ArraySlice<SchemaItem> = [], depth: Int = 0, level: Int = 0
    ) throws(ManifestError) -> ParsedParameter {
        let joined = values.joined(separator: " ")
        guard level <= Self.maxLevel else {
            throw ManifestError("Type definition nested too deeply in \"\(joined)\"")
        }
        let markers = try ParameterMarkers(joined)
        let token = try TypeToken(declaration: markers.declaration)
        let firstType = token.alternatives.first ?? ""
        let expression = try TypeExpression(
            firstType, maxWraps: Self.maxLevel - level, remainder: token.remainder)

        var param = Parameter(name: "", type: .any)
        if token.isOptional { param.defaultValue = .null }
        var schema: [Parameter]?
        if let subtype = expression.subtype {
            guard expression.name == "array" else {
                throw ManifestError("Type \"\(expression.name)\" does not support subtyping in \(expression.match)")
            }
            schema = [try parse(values: ["{\(subtype)}"], level: level + 1).parameter]
        }
        guard let type = ParameterType(rawValue: expression.name) else {
            throw ManifestError(
                "Type \"\(expression.name)\" not supported, must be one of \(ParameterType.quotedList)"
                    + Suggestion.hint(for: expression.name, among: ParameterType.allCases.map(\.rawValue)))
        }
        param.type = type
        let suffix = try TypeSuffix(expression.suffix)

        if type == .enum {
            return try enumParameter(param, values: values, rawType: token.raw)
        }

        let words = CommentText.split(token.remainder, on: " ")
        param.name = words.first ?? ""
        if CommentText.hasPrefix(param.name, "["), CommentText.hasSuffix(param.name, "]") {
            // ESDoc `[name]`: optional.
            param.name = CommentText.string(param.name.unicodeScalars.dropFirst().dropLast())
            if param.defaultValue == nil { param.defaultValue = .null }
        }
        // Q24 (fixed): extra spaces before the description are not kept.
        param.description = CommentText.trim(words.dropFirst().joined(separator: " "))

        if schema != nil || !textSchema.isEmpty {
            try attachSchema(to: &param, subtypeSchema: schema, textSchema: textSchema, depth: depth, level: level)
        }
        if token.alternatives.count > 1 {
            var alternates: [Parameter] = []
            for alternative in token.alternatives.dropFirst() {
                alternates.append(try parse(values: ["{\(alternative)}"], level: level + 1).parameter)
            }
            param.alternateTypes = alternates
        }
        if !markers.defaultMetafield.isEmpty {
            guard DefaultMetafield.isValid(markers.defaultMetafield) else {
                throw ManifestError(
                    "defaultMetafield {!}: Invalid value for \"\(param.name)\": \"\(markers.defaultMetafield)\"")
            }
            param.defaultMetafield = markers.defaultMetafield
        }
        param.options = try OptionsDeclaration.parse(
            literals: token.literals, text: markers.options, type: type, name: param.name)
        var inline: (min: Double?, max: Double?)?
        if case .range(let min, let max) = suffix { inline = (min, max) }
        param.range = try RangeDeclaration.parse(
            inline: inline, text: markers.range, suffix: expression.suffix, type: type, name: param.name)
        if case .size(let size) = suffix {
            guard type.allowsSize else {
                throw ManifestError(
                    "Size {\(expression.suffix ?? "")} not allowed for type \"\(type.name)\" on parameter \"\(param.name)\"")
            }
            param.size = size
        }
        return ParsedParameter(parameter: param, rawType: token.raw)
    }

    /// `{enum} name description` + member lines. The name and description come from the first
    /// raw line, and range, size, options and alternates are not processed.
    private func enumParameter(
        _ base: Parameter, values: [String], rawType: String
    ) throws(ManifestError) -> ParsedParameter {
        var param = base
        let words = CommentText.split(CommentText.trim(values.first ?? ""), on: " ").dropFirst()
        param.name = words.first ?? ""
        param.description = CommentText.trim(words.dropFirst().joined(separator: " "))
        param.members = try EnumMemberParser.parse(values.dropFirst())
        return ParsedParameter(parameter: param, rawType: rawType, isNameMissing: words.isEmpty)
    }

    private func attachSchema(
        to param: inout Parameter, subtypeSchema: [Parameter]?, textSchema: ArraySlice<SchemaItem>,
        depth: Int, level: Int
    ) throws(ManifestError) {
        guard param.type.allowsSchema else {
            throw ManifestError("Can not provide schema for type: \"\(param.type.name)\"")
        }
        let schemaParser = TextSchemaParser(parser: self)
        guard var subtypeSchema else {
            let result = try schemaParser.parse(
                textSchema, depth: depth, allowMultipleEntries: param.type == .object, level: level)
            param.schema = result.schemas.first ?? []
            if result.schemas.count > 1 { param.alternateSchemas = Array(result.schemas.dropFirst()) }
            return
        }
        param.schema = subtypeSchema
        guard !textSchema.isEmpty else { return }
        guard param.type == .array else {
            throw ManifestError("Can not provide text schema and JSDoc schema")
        }
        guard var element = subtypeSchema.first, element.type.allowsSchema else {
            throw ManifestError("Can not provide a text schema for \"\(param.name)\" (\(param.type.name))")
        }
        let result = try schemaParser.parse(
            textSchema, depth: depth, allowMultipleEntries: element.type == .object, level: level)
        if result.schemas.count > 1 {
            // Q8: the original puts these OR blocks on the array, where nothing can use them.
            let separator = result.separators.first
            throw ManifestError(
                "Invalid Schema definition for \"\(param.name)\": OR (alternateSchemas) is not supported directly under an array of objects; use {array} with a single {object} member and put the OR blocks inside that member",
                line: separator?.fileLine)
        }
        element.schema = result.schemas.first ?? []
        subtypeSchema[0] = element
        param.schema = subtypeSchema
    }
}
