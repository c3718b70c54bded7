/// What a trailing `{…}` on a type declares: a size `{a..b}` or an inline range `{a,b}`
/// (upstream-parser-types §6.3-6.4).
enum TypeSuffix: Sendable, Hashable {
    case none
    case size(SizeBounds)
    /// Both bounds, `nil` where the side was left empty.
    case range(min: Double?, max: Double?)

    /// `text` has already been checked to read as a size or a range.
    init(_ text: String?) throws(ManifestError) {
        guard let text, !text.isEmpty else {
            self = .none
            return
        }
        if CommentText.contains(text, ",") {
            let sides = CommentText.split(text, on: ",")
            // Q1 (fixed): a bound of 0 is a bound; only an empty side is unbounded.
            let bounds = sides.map { Self.parseFloat(CommentText.trim($0)) }
            self = .range(min: bounds.first ?? nil, max: bounds.count > 1 ? bounds[1] : nil)
            return
        }
        let invalidIntegers = ManifestError("Size {\(text)} invalid: min and max must be valid integers")
        var min: Int?
        var max: Int?
        if CommentText.contains(text, "..") {
            let lower = CommentText.piece(text, separatedBy: "..", at: 0) ?? ""
            let upper = CommentText.piece(text, separatedBy: "..", at: 1) ?? ""
            if !lower.isEmpty {
                guard let value = Int(lower) else { throw invalidIntegers }
                min = value
            }
            if !upper.isEmpty {
                guard let value = Int(upper) else { throw invalidIntegers }
                max = value
            }
        } else {
            guard let value = Int(text) else { throw invalidIntegers }
            min = value
            max = value
        }
        if let min, let max, min > max {
            throw ManifestError("Size {\(text)} invalid: max must be greater than min")
        }
        self = (min == nil && max == nil) ? .none : .size(SizeBounds(min: min, max: max))
    }

    /// `parseFloat` of text matching `[-+]?\d+(\.\d*)?(e[-+]?\d+)?`; `nil` for an empty side.
    private static func parseFloat(_ text: String) -> Double? {
        guard !text.isEmpty else { return nil }
        var normalised = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        for (i, u) in scalars.enumerated() {
            // `1.` and `1.e5` are numbers to JavaScript; drop a point no digit follows.
            if u == ".", i + 1 >= scalars.count || !CommentText.isDigit(scalars[i + 1]) { continue }
            normalised.append(u)
        }
        return Double(String(normalised))
    }
}
