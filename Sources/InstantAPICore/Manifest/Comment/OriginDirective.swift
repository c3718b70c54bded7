/// `@origin host`, `@origin https://host:port` or `@origin =process.env.NAME`
/// (upstream-parser-types §5.1).
enum OriginDirective {
    /// The allowed origins one directive adds: both schemes when none is written.
    static func origins(_ values: [String], environment: [String: String]) throws(ManifestError) -> [String] {
        var value = CommentText.trim(values.joined(separator: " "))
        var from = ""
        if CommentText.hasPrefix(value, "=") {
            let reference = CommentText.dropFirst(value, 1)
            // SPEC §1: `=env.NAME` is accepted as well as the original's `=process.env.NAME`.
            let variable: String
            if CommentText.hasPrefix(reference, "process.env.") {
                variable = CommentText.dropFirst(reference, "process.env.".unicodeScalars.count)
            } else if CommentText.hasPrefix(reference, "env.") {
                variable = CommentText.dropFirst(reference, "env.".unicodeScalars.count)
            } else {
                throw ManifestError(
                    "Invalid origin: \"\(value)\". When assigning an environment variable, must start with \"=process.env.\"")
            }
            guard let resolved = environment[variable], !resolved.isEmpty else {
                throw ManifestError("Invalid origin: \"\(value)\". No environment variable matching \"\(variable)\" found")
            }
            from = " (from \"\(value)\")"
            value = resolved
        }
        guard isValid(value) else {
            throw ManifestError(
                "Invalid origin: \"\(value)\"\(from). Must be a valid hostname consisting of alphanumeric characters or \"-\" separated by \".\". Supported protocols are \"http://\" and \"https://\", if left absent both will be enabled.")
        }
        if schemeLength(value) > 0 { return [value] }
        return ["https://\(value)", "http://\(value)"]
    }

    /// `/^(https?:\/\/)?([a-z0-9\-]{0,255}\.)*?([a-z0-9\-]{1,255})(:[0-9]{1,5})?$/i`
    static func isValid(_ origin: String) -> Bool {
        var rest = Array(origin.unicodeScalars.dropFirst(schemeLength(origin)))
        if let colon = rest.firstIndex(of: ":") {
            let port = rest[(colon + 1)...]
            guard (1...5).contains(port.count), port.allSatisfy(CommentText.isDigit) else { return false }
            rest = Array(rest[..<colon])
        }
        let labels = rest.split(separator: ".", omittingEmptySubsequences: false)
        guard let last = labels.last, !last.isEmpty else { return false }
        return labels.allSatisfy { label in label.count <= 255 && label.allSatisfy(isHostCharacter) }
    }

    /// The length of a leading `http://` or `https://`, any case.
    private static func schemeLength(_ value: String) -> Int {
        let lowered = CommentText.string(value.unicodeScalars.prefix(8)).lowercased()
        if CommentText.hasPrefix(lowered, "https://") { return 8 }
        if CommentText.hasPrefix(lowered, "http://") { return 7 }
        return 0
    }

    private static func isHostCharacter(_ u: Unicode.Scalar) -> Bool {
        CommentText.isDigit(u) || u == "-" || (u.value >= 0x61 && u.value <= 0x7A) || (u.value >= 0x41 && u.value <= 0x5A)
    }
}
