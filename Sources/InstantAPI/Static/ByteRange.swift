/// A `Range: bytes=…` request header (RFC 9110 §14.2) against a representation of a known
/// length. Only single ranges are served; a multi-range request gets the whole representation
/// (RFC 9110 allows ignoring `Range`), as does anything that does not parse.
enum ByteRange: Equatable {
    /// Serve `range` with 206.
    case partial(ClosedRange<Int>)
    /// 416 with `Content-Range: bytes */<length>`.
    case unsatisfiable
    /// No usable `Range`: serve the whole representation with 200.
    case whole

    /// The outcome of `header` (the `Range` value, if any) for a representation of `length` bytes.
    static func evaluate(_ header: String?, length: Int) -> ByteRange {
        guard let header else { return .whole }
        let trimmed = header.trimmingSpaces()
        guard trimmed.count > 6, trimmed.prefix(6).lowercased() == "bytes=" else { return .whole }
        let spec = trimmed.dropFirst(6).trimmingSpaces()
        guard !spec.contains(","), let dash = spec.firstIndex(of: "-") else { return .whole }
        let first = spec[..<dash].trimmingSpaces()
        let last = spec[spec.index(after: dash)...].trimmingSpaces()
        if first.isEmpty {
            // Suffix range: the last N bytes.
            guard let suffix = digits(last) else { return .whole }
            guard suffix > 0, length > 0 else { return .unsatisfiable }
            return .partial(max(0, length - suffix)...(length - 1))
        }
        guard let start = digits(first) else { return .whole }
        let end: Int?
        if last.isEmpty {
            end = nil
        } else {
            guard let value = digits(last) else { return .whole }
            guard value >= start else { return .whole }
            end = value
        }
        guard start < length else { return .unsatisfiable }
        return .partial(start...min(end ?? (length - 1), length - 1))
    }

    /// A non-negative decimal (saturating instead of overflowing), or `nil`.
    private static func digits(_ text: Substring) -> Int? {
        guard !text.isEmpty, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        var value = 0
        for byte in text.utf8 {
            let (times, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times.addingReportingOverflow(Int(byte - 0x30))
            if overflow1 || overflow2 { return Int.max }
            value = sum
        }
        return value
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces and tabs.
    fileprivate func trimmingSpaces() -> Substring {
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let start = firstIndex(where: { !isBlank($0) }), let end = lastIndex(where: { !isBlank($0) }) else {
            return Substring("")
        }
        return Substring(self[start...end])
    }
}
