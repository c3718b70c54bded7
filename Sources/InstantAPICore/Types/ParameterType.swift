/// The fourteen types a manifest can declare, in the original framework's order.
public enum ParameterType: String, Sendable, Hashable, CaseIterable, Codable {
    case string
    case number
    case float
    case integer
    case boolean
    case object
    case array
    case `enum`
    case objectHTTP = "object.http"
    case keyqlQuery = "object.keyql.query"
    case keyqlLimit = "object.keyql.limit"
    case keyqlOrder = "object.keyql.order"
    case buffer
    case any

    /// The name as written in manifests and error messages.
    public var name: String { rawValue }

    /// Whether `{?}` options may be declared (`types.optionsAllowed`).
    public var allowsOptions: Bool {
        switch self {
        case .string, .number, .float, .integer, .keyqlQuery, .keyqlOrder, .any: return true
        default: return false
        }
    }

    /// Whether a `{a,b}` range may be declared (`types.rangeAllowed`).
    public var allowsRange: Bool {
        switch self {
        case .number, .float, .integer, .keyqlLimit: return true
        default: return false
        }
    }

    /// Whether a `{a..b}` size may be declared (`types.sizeAllowed`).
    public var allowsSize: Bool {
        switch self {
        case .string, .buffer, .array: return true
        default: return false
        }
    }

    /// Whether a schema (members or an element) may be attached.
    public var allowsSchema: Bool { self == .object || self == .array }

    /// The list every "not supported" message quotes.
    public static let quotedList = allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
}
