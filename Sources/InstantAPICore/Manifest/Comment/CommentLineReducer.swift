/// Folds normalised comment lines into entries: the original's `reduceLines`
/// (upstream-parser-types §4). Directive order, unknown fields, `@ ` schema lines, dotted
/// member lines and continuation lines are settled here; the entries are interpreted later.
struct CommentLineReducer {
    private(set) var entries: [CommentEntry] = []
    private let parser = ParameterLineParser()

    mutating func reduce(_ line: CommentLine) throws(ManifestError) {
        let scalars = line.text.unicodeScalars
        guard scalars.first == "@" else {
            appendContinuation(line)
            return
        }
        // The field ends at the first single space; a tab does not end it.
        let rest = scalars.dropFirst()
        let fieldText: String
        let argument: String
        if let space = rest.firstIndex(of: " ") {
            fieldText = CommentText.string(rest[..<space])
            argument = CommentText.string(rest[rest.index(after: space)...])
        } else {
            fieldText = CommentText.string(rest)
            argument = ""
        }
        let lastIndex = entries.count - 1
        if fieldText.isEmpty, lastIndex >= 0, entries[lastIndex].field?.describesValue == true {
            entries[lastIndex].textSchema = (entries[lastIndex].textSchema ?? [])
                + [SchemaItem(lines: [argument], fileLine: line.fileLine)]
            return
        }
        guard let field = CommentField(rawValue: fieldText) else {
            throw ManifestError(
                "Invalid Definition Field: \"\(fieldText)\""
                    + Suggestion.hint(for: fieldText, among: CommentField.allCases.map(\.rawValue)),
                line: line.fileLine)
        }
        if lastIndex >= 0, let previous = entries[lastIndex].field, previous.order > field.order {
            throw ManifestError(
                "Invalid Definition Field Order: \"\(previous.rawValue)\" must follow \"\(field.rawValue)\" "
                    + "(Order: \(CommentField.orderList))",
                line: line.fileLine)
        }
        if field.describesValue, lastIndex >= 0, entries[lastIndex].field == field {
            if try extendPrevious(at: lastIndex, field: field, argument: argument, fileLine: line.fileLine) {
                return
            }
        } else if field == .returns, entries.contains(where: { $0.field == .returns }) {
            throw ManifestError("Can only return a single value", line: line.fileLine)
        }
        entries.append(
            CommentEntry(field: field, values: [CommentText.trim(argument)], textSchema: nil, fileLine: line.fileLine))
    }

    /// A non-directive line: the description before any directive, else a continuation of the
    /// previous entry, or a member line of an enum declared in its text schema.
    private mutating func appendContinuation(_ line: CommentLine) {
        let text = CommentText.trim(line.text)
        let lastIndex = entries.count - 1
        guard lastIndex >= 0 else {
            entries.append(CommentEntry(field: nil, values: [text], textSchema: nil, fileLine: line.fileLine))
            return
        }
        if var schema = entries[lastIndex].textSchema, let item = schema.last, Self.declaresEnum(item.text) {
            schema[schema.count - 1].lines.append(text)
            entries[lastIndex].textSchema = schema
        } else {
            entries[lastIndex].values.append(text)
        }
    }

    /// `/^{\??enum}/i` on the trimmed schema line.
    private static func declaresEnum(_ line: String) -> Bool {
        let lowered = CommentText.trim(line).unicodeScalars.prefix(7).map { u -> Unicode.Scalar in
            (u.value >= 0x41 && u.value <= 0x5A) ? Unicode.Scalar(u.value + 32) ?? u : u
        }
        let text = CommentText.string(lowered)
        return CommentText.hasPrefix(text, "{enum}") || CommentText.hasPrefix(text, "{?enum}")
    }

    /// A `@param`/`@stream`/`@returns` line right after one of the same field: either a dotted
    /// member of the previous entry (rewritten as a text-schema line) or a new entry.
    /// Returns `true` when the line was consumed as a member.
    private mutating func extendPrevious(
        at index: Int, field: CommentField, argument: String, fileLine: Int
    ) throws(ManifestError) -> Bool {
        let previous = entries[index]
        // Parsing the previous entry here is why its errors lose their prefix (Q4).
        var schemaParam: Parameter
        do {
            schemaParam = try parser.parse(values: previous.values, textSchema: (previous.textSchema ?? [])[...]).parameter
        } catch {
            throw error.placedOnCommentLine(previous.fileLine)
        }
        let line: ParsedParameter
        do {
            line = try parser.parse(values: [CommentText.trim(argument)], textSchema: [])
        } catch {
            throw error.placedOnCommentLine(fileLine)
        }
        var names = CommentText.split(line.parameter.name, on: ".")
        var firstName = names.first ?? ""
        if CommentText.hasSuffix(firstName, "[]") {
            guard let element = schemaParam.schema?.first else {
                // The original crashes here (reading `schema[0]` of a non-array).
                let base = CommentText.dropLast(firstName, 2)
                let rest = names.dropFirst().joined(separator: ".")
                throw ManifestError(
                    "Parameter \"\(firstName)\" is not an array, please use \"\(base).\(rest)\" to reference schema members",
                    line: fileLine)
            }
            schemaParam = element
            firstName = ""
        }
        guard firstName == schemaParam.name else {
            if field == .returns {
                throw ManifestError("Can not extend returns with a new parameter", line: fileLine)
            }
            return false
        }
        var identifiers = [names.removeFirst()]
        var currentSchema = schemaParam.schema ?? []
        guard schemaParam.type == .object else {
            throw ManifestError("Can only define parameter properties for type \"object\"", line: fileLine)
        }
        guard !names.isEmpty else {
            throw ManifestError("Already defined \"\(identifiers.joined(separator: "."))\"", line: fileLine)
        }
        while !names.isEmpty {
            identifiers.append(names.removeFirst())
            let path = identifiers.joined(separator: ".")
            var name = identifiers[identifiers.count - 1]
            let isArray = CommentText.hasSuffix(name, "[]")
            if isArray { name = CommentText.dropLast(name, 2) }
            if let member = currentSchema.first(where: { $0.name == name }) {
                currentSchema = member.schema ?? []
                if isArray {
                    guard member.type == .array else {
                        throw ManifestError(
                            "Parameter \"\(path)\" is not an array, please use \"\(CommentText.dropLast(path, 2)).\(names.joined(separator: "."))\" to reference schema members",
                            line: fileLine)
                    }
                    if let element = currentSchema.first { currentSchema = element.schema ?? [] }
                } else if member.type == .array, !names.isEmpty {
                    throw ManifestError(
                        "Parameter \"\(path)\" is an array, please use \"\(path)[].\(names.joined(separator: "."))\" to reference schema members",
                        line: fileLine)
                }
                if names.isEmpty {
                    throw ManifestError("Already defined \"\(path)\"", line: fileLine)
                }
            } else if !names.isEmpty {
                throw ManifestError("No definition found for \"\(path)\"", line: fileLine)
            } else {
                // Dotted syntax is sugar for a `@ ` line; only type, leaf name and description
                // survive (Q5).
                let indent = String(repeating: "  ", count: max(0, identifiers.count - 2))
                let text = indent + "\(line.rawType) \(name) \(line.parameter.description)"
                entries[index].textSchema = (entries[index].textSchema ?? []) + [SchemaItem(lines: [text], fileLine: fileLine)]
            }
        }
        return true
    }
}

extension ManifestError {
    /// The same error, placed at `line` unless it already names a line.
    func placedOnCommentLine(_ line: Int) -> ManifestError {
        var copy = self
        if copy.line == nil { copy.line = line }
        return copy
    }
}
