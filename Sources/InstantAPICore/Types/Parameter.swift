/// One declared value: a `@param`, a `@stream`, the `@returns`, a schema member, an array
/// element or an alternate type. Field names follow the original framework's definitions.
public struct Parameter: Sendable, Hashable {
    public var name: String
    public var type: ParameterType
    public var description: String
    /// `nil` when there is no default (the value is required); `.null` makes it nullable.
    public var defaultValue: JSONValue?
    public var defaultMetafield: String?
    public var options: ParameterOptions?
    public var range: NumericRange?
    public var size: SizeBounds?
    /// Object members, or the single element parameter of an array.
    public var schema: [Parameter]?
    /// Further member lists an object may match instead of `schema` (`OR` blocks).
    public var alternateSchemas: [[Parameter]]?
    /// Other types the value may have (`{a|b}`), tried in written order after `type`.
    public var alternateTypes: [Parameter]?
    /// Enum members: key as sent by clients, value as received by the endpoint.
    public var members: [EnumMember]?

    public init(
        name: String, type: ParameterType, description: String = "", defaultValue: JSONValue? = nil,
        defaultMetafield: String? = nil, options: ParameterOptions? = nil, range: NumericRange? = nil,
        size: SizeBounds? = nil, schema: [Parameter]? = nil, alternateSchemas: [[Parameter]]? = nil,
        alternateTypes: [Parameter]? = nil, members: [EnumMember]? = nil
    ) {
        self.name = name
        self.type = type
        self.description = description
        self.defaultValue = defaultValue
        self.defaultMetafield = defaultMetafield
        self.options = options
        self.range = range
        self.size = size
        self.schema = schema
        self.alternateSchemas = alternateSchemas
        self.alternateTypes = alternateTypes
        self.members = members
    }

    /// A value may be omitted: it has a default.
    public var isOptional: Bool { defaultValue != nil }

    /// `null` is accepted: the default is `null`.
    public var isNullable: Bool { defaultValue == .null }
}

/// One enum member line `["key", value]`.
public struct EnumMember: Sendable, Hashable {
    public var key: String
    public var value: JSONValue

    public init(key: String, value: JSONValue) {
        self.key = key
        self.value = value
    }
}

/// `{?}` options: a literal list of allowed values, or a library call that lists them.
public enum ParameterOptions: Sendable, Hashable {
    case values([JSONValue])
    case library(LibraryOptions)

    /// The allowed values, when they are a literal list.
    public var values: [JSONValue]? {
        if case .values(let v) = self { return v }
        return nil
    }
}

/// The `{?} lib.path(k=v) labels values` form: options filled from another API.
public struct LibraryOptions: Sendable, Hashable {
    public var lib: String
    public var map: [(key: String, value: String)]?
    public var labels: String
    public var values: String

    public init(lib: String, map: [(key: String, value: String)]?, labels: String, values: String) {
        self.lib = lib
        self.map = map
        self.labels = labels
        self.values = values
    }

    public static func == (a: LibraryOptions, b: LibraryOptions) -> Bool {
        a.lib == b.lib && a.labels == b.labels && a.values == b.values
            && a.map?.map(\.key) == b.map?.map(\.key) && a.map?.map(\.value) == b.map?.map(\.value)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(lib)
        hasher.combine(labels)
        hasher.combine(values)
    }
}

/// A numeric range `{min,max}`; `nil` means unbounded on that side.
public struct NumericRange: Sendable, Hashable {
    public var min: Double?
    public var max: Double?

    public init(min: Double?, max: Double?) {
        self.min = min
        self.max = max
    }
}

/// A length bound `{min..max}` for strings, arrays and buffers; `nil` means unbounded.
public struct SizeBounds: Sendable, Hashable {
    public var min: Int?
    public var max: Int?

    public init(min: Int?, max: Int?) {
        self.min = min
        self.max = max
    }
}
