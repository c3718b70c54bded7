/// `@charge N` (upstream-parser-types §5).
enum ChargeDirective {
    static func charge(_ values: [String]) throws(ManifestError) -> Int {
        let value = CommentText.trim(values.joined(separator: " "))
        guard !value.isEmpty else { throw ManifestError("Invalid charge: missing value") }
        // All ASCII digits; a value too large for `Int` is refused rather than wrapped.
        guard value.unicodeScalars.allSatisfy(CommentText.isDigit), let charge = Int(value) else {
            throw ManifestError("Invalid charge: \"\(value)\". Must be a non-negative integer")
        }
        return charge
    }
}
