/// `@ ` text-schema lines: depth by indentation, nested members and `OR` blocks
/// (upstream-parser-types §7).
struct TextSchemaParser {
    let parser: ParameterLineParser

    /// The member lists: the first is the schema, the rest are `OR` alternatives.
    struct Result {
        var schemas: [[Parameter]]
        /// The `OR` lines that separate the blocks, for messages.
        var separators: [SchemaItem]
    }

    func parse(
        _ items: ArraySlice<SchemaItem>, depth: Int, allowMultipleEntries: Bool, level: Int
    ) throws(ManifestError) -> Result {
        var result = Result(schemas: [], separators: [])
        var cursor = items.startIndex
        while cursor < items.endIndex {
            let firstLine = items[cursor]
            let (schema, separator) = try parseBlock(items, cursor: &cursor, depth: depth, level: level)
            if !allowMultipleEntries, schema.count > 1 {
                throw ManifestError(
                    "Invalid Schema definition at \"\(firstLine.text)\": Schema for \"array\" can only support one top-level key that maps to every element.",
                    line: firstLine.fileLine)
            }
            result.schemas.append(schema)
            if let separator { result.separators.append(separator) }
        }
        // Q7: the original means these two messages but throws a ReferenceError instead.
        if !allowMultipleEntries, result.schemas.count > 1, let separator = result.separators.first {
            throw ManifestError(
                "Invalid Schema definition at \"\(separator.text)\": Schema for \"array\" does not support OR (alternateSchemas).",
                line: separator.fileLine)
        }
        if let empty = result.schemas.firstIndex(where: \.isEmpty) {
            let culprit = empty < result.separators.count ? result.separators[empty] : items.first
            throw ManifestError(
                "Invalid Schema definition at \"\(culprit?.text ?? "")\": OR (alternateSchemas) requires all schema lengths to be non-zero",
                line: culprit?.fileLine)
        }
        return result
    }

    /// One block of members at `depth`, up to an `OR` line (returned) or the end.
    private func parseBlock(
        _ items: ArraySlice<SchemaItem>, cursor: inout Int, depth: Int, level: Int
    ) throws(ManifestError) -> ([Parameter], SchemaItem?) {
        var params: [Parameter] = []
        while cursor < items.endIndex {
            let item = items[cursor]
            cursor += 1
            let currentDepth = try lineDepth(item)
            if currentDepth != depth * 2 {
                throw ManifestError(
                    "Invalid Schema definition at: \"\(item.text)\", invalid line depth (expecting \(depth), found \(currentDepth / 2))",
                    line: item.fileLine)
            }
            if CommentText.trim(item.text) == "OR" {
                if cursor == items.endIndex {
                    throw ManifestError(
                        "Invalid Schema definition at \"\(item.text)\": OR (alternateSchemas) can not end a schema definition",
                        line: item.fileLine)
                }
                return (params, item)
            }
            // Deeper lines that follow belong to this member's own schema.
            var end = cursor
            while end < items.endIndex, try lineDepth(items[end]) > currentDepth { end += 1 }
            let member: ParsedParameter
            do {
                member = try parser.parse(
                    values: item.lines, textSchema: items[cursor..<end], depth: depth + 1, level: level + 1)
            } catch {
                throw error.placedOnCommentLine(item.fileLine)
            }
            params.append(member.parameter)
            cursor = end
        }
        return (params, nil)
    }

    /// Twice the depth: the count of leading whitespace. An odd count is an improper depth.
    private func lineDepth(_ item: SchemaItem) throws(ManifestError) -> Int {
        let count = item.text.unicodeScalars.prefix(while: CommentText.isWhitespace).count
        if count % 2 != 0 {
            throw ManifestError(
                "Invalid Schema definition at: \"\(item.text)\", improper depth, expected \(count / 2 + 1), received \(count / 2).5",
                line: item.fileLine)
        }
        return count
    }
}
