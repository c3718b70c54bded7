/// Joins a function's signature with its `@param` lines: all or none, matched by position
/// (upstream-parser-types §10.3).
enum ParameterMerger {
    static func merge(
        signature: [SignatureParameter], comment: CommentDefinition, functionLine: Int
    ) throws(ManifestError) -> [Parameter] {
        guard !comment.params.isEmpty else {
            return signature.map { parameter in
                Parameter(
                    name: parameter.name, type: parameter.impliedType ?? .any, description: "",
                    defaultValue: parameter.defaultValue)
            }
        }
        guard comment.params.count == signature.count else {
            throw ManifestError(
                "Commented parameters do not match function footprint (expected: \(comment.params.count), actual: \(signature.count))",
                line: comment.paramLines.first ?? functionLine)
        }
        var merged: [Parameter] = []
        merged.reserveCapacity(signature.count)
        for (index, (declared, actual)) in zip(comment.params, signature).enumerated() {
            let line = index < comment.paramLines.count ? comment.paramLines[index] : functionLine
            if declared.isOptional && actual.defaultValue == nil {
                throw ManifestError(
                    "Comment parameter definition \"\(declared.name)\" is marked as optional but does not have a default value",
                    line: line)
            }
            guard declared.name == actual.name else {
                throw ManifestError(
                    "Comment parameter definition \"\(declared.name)\" does not match function parameter \"\(actual.name)\"",
                    line: line)
            }
            var parameter = declared
            parameter.defaultValue = actual.defaultValue
            if let defaultValue = actual.defaultValue,
                let message = DefaultValueCheck.message(
                    parameter: parameter, defaultValue: defaultValue,
                    impliedTypeName: (actual.impliedType ?? .any).name)
            {
                throw ManifestError(message, line: line)
            }
            merged.append(parameter)
        }
        return merged
    }
}
