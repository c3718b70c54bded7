/// The original's `sanitize` step: sizes, ranges, the KeyQL limit range and the `object.http`
/// properties, with its exact messages.
///
/// Fixes Q12: a missing bound is simply unbounded, and a bound of 0 is a bound. Fixes Q13: the
/// KeyQL limit messages print the real bounds.
extension CompiledType {
    /// The message for this level's own broken constraint, for a value that `matchesType`.
    func constraintFailure(_ value: JSONValue) -> String? {
        switch type {
        case .string:
            guard let size, case .string(let s) = value else { return nil }
            return Self.sizeFailure(s.utf16.count, size)  // JavaScript `.length` counts UTF-16 units
        case .array:
            guard let size, case .array(let items) = value else { return nil }
            return Self.sizeFailure(items.count, size)
        case .buffer:
            guard let size, let bytes = BufferFormat.bytes(of: value) else { return nil }
            return Self.sizeFailure(bytes.count, size)
        case .number, .float, .integer:
            guard let range, case .number(let n) = value else { return nil }
            return Self.rangeFailure(n, range, subject: "")
        case .keyqlLimit:
            guard let range else { return nil }
            return Self.rangeFailure(KeyQL.limitCount(value), range, subject: "count ")
        case .objectHTTP:
            return HTTPResponseShape.propertyFailure(value)
        default:
            return nil
        }
    }

    static func sizeFailure(_ length: Int, _ size: SizeBounds) -> String? {
        if let min = size.min, length < min { return "must have length greater than or equal to \(min)" }
        if let max = size.max, length > max { return "must have length less than or equal to \(max)" }
        return nil
    }

    static func rangeFailure(_ n: Double, _ range: NumericRange, subject: String) -> String? {
        if let min = range.min, n < min {
            return "\(subject)must be greater than or equal to \(JSONNumberFormat.string(min))"
        }
        if let max = range.max, n > max {
            return "\(subject)must be less than or equal to \(JSONNumberFormat.string(max))"
        }
        return nil
    }
}

/// `object.http` as SPEC §2 defines it: any non-empty subset of `statusCode`, `headers` and
/// `body`, with a present body not `null` (fixes Q14).
enum HTTPResponseShape {
    static func matches(_ value: JSONValue) -> Bool {
        guard case .object(let object) = value, !object.isEmpty else { return false }
        for (key, member) in object {
            switch key {
            case "body": if member.isNull { return false }
            case "statusCode", "headers": continue
            default: return false
            }
        }
        return true
    }

    /// The original's sanitize messages for the properties' values.
    static func propertyFailure(_ value: JSONValue) -> String? {
        guard case .object(let object) = value else { return nil }
        if let body = object["body"] {
            switch BufferFormat.deep(body) ?? body {
            case .string, .buffer: break
            default: return "Property \"body\" must be a string or a buffer"
            }
        }
        if let status = object["statusCode"] {
            guard case .number(let n) = status, JSNumber.isSafeInteger(n), n >= 100, n <= 599 else {
                return "Property \"statusCode\" must be an integer and between 100 and 599."
            }
        }
        if let headers = object["headers"], headers.objectValue == nil {
            return "Property \"headers\" must be an object."
        }
        return nil
    }
}
