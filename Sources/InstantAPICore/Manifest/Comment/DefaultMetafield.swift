/// The `{!}` default metafield (upstream-parser-types §6.5).
enum DefaultMetafield {
    /// `/^([a-z][a-z0-9\_]+\.?)+$/i`: dot-separated segments of a letter and at least one more
    /// word character (Q23: one-character segments stay invalid); a final dot is allowed.
    static func isValid(_ text: String) -> Bool {
        var segments = CommentText.split(text, on: ".")
        if segments.count > 1, segments.last?.isEmpty == true { segments.removeLast() }
        return segments.allSatisfy { segment in
            let scalars = Array(segment.unicodeScalars)
            guard scalars.count >= 2, let first = scalars.first, isLetter(first) else { return false }
            return scalars.allSatisfy { isLetter($0) || CommentText.isDigit($0) || $0 == "_" }
        }
    }

    private static func isLetter(_ u: Unicode.Scalar) -> Bool {
        (u.value >= 0x41 && u.value <= 0x5A) || (u.value >= 0x61 && u.value <= 0x7A)
    }
}
