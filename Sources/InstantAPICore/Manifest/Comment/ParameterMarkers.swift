/// A parameter line split at its literal markers: `… {!} metafield {?} options {:} range`
/// (upstream-parser-types §6.1).
struct ParameterMarkers: Sendable, Hashable {
    /// The type token, name and description.
    var declaration: String
    var defaultMetafield: String
    var options: String
    var range: String

    private static let metafieldMarker = "{!}"
    private static let optionsMarker = "{?}"
    private static let rangeMarker = "{:}"

    /// Checks the marker order, then cuts the text as the original does: only the text between
    /// the first and second occurrence of a marker is kept.
    init(_ line: String) throws(ManifestError) {
        let metafieldAt = CommentText.indexOf(line, Self.metafieldMarker)
        let optionsAt = CommentText.indexOf(line, Self.optionsMarker)
        let rangeAt = CommentText.indexOf(line, Self.rangeMarker)
        if optionsAt != -1, metafieldAt > optionsAt {
            throw ManifestError("defaultMetafield {!} must come before options {?}")
        }
        if rangeAt != -1 {
            if metafieldAt > rangeAt { throw ManifestError("defaultMetafield {!} must come before range {:}") }
            if optionsAt > rangeAt { throw ManifestError("options {?} must come before range {:}") }
        }
        var declaration = line
        var metafield = ""
        var options = ""
        var range = ""
        if metafieldAt != -1 {
            metafield = Self.after(line, Self.metafieldMarker)
            declaration = Self.before(line, Self.metafieldMarker)
            if CommentText.contains(metafield, Self.optionsMarker) {
                options = Self.after(metafield, Self.optionsMarker)
                metafield = Self.before(metafield, Self.optionsMarker)
                range = Self.after(options, Self.rangeMarker)
                options = Self.before(options, Self.rangeMarker)
            } else {
                range = Self.after(metafield, Self.rangeMarker)
                metafield = Self.before(metafield, Self.rangeMarker)
            }
        } else if optionsAt != -1 {
            options = Self.after(line, Self.optionsMarker)
            declaration = Self.before(line, Self.optionsMarker)
            range = Self.after(options, Self.rangeMarker)
            options = Self.before(options, Self.rangeMarker)
        } else {
            range = Self.after(line, Self.rangeMarker)
            declaration = Self.before(line, Self.rangeMarker)
        }
        self.declaration = declaration
        self.defaultMetafield = metafield
        self.options = options
        self.range = range
    }

    /// `(s.split(marker)[1] || '').trim()`
    private static func after(_ s: String, _ marker: String) -> String {
        CommentText.trim(CommentText.piece(s, separatedBy: marker, at: 1) ?? "")
    }

    /// `s.split(marker)[0].trim()`
    private static func before(_ s: String, _ marker: String) -> String {
        CommentText.trim(CommentText.piece(s, separatedBy: marker, at: 0) ?? s)
    }
}
