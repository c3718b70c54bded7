/// The directives a comment may use, in the order they must appear.
enum CommentField: String, CaseIterable, Sendable {
    case origin, background, `private`, keys, charge, acl, param, stream, returns

    /// Position in the required order.
    var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    /// The order as the original's error message lists it.
    static let orderList = allCases.map(\.rawValue).joined(separator: ", ")

    /// Fields whose entries describe a value and may carry `@ ` schema lines.
    var describesValue: Bool { self == .param || self == .stream || self == .returns }
}

/// One `@ …` text-schema line with the enum member lines collected under it.
struct SchemaItem: Sendable, Hashable {
    /// The schema line (leading spaces kept, they give the depth), then any member lines.
    var lines: [String]
    var fileLine: Int

    var text: String { lines.first ?? "" }
}

/// One directive (or the description) with its argument and continuation lines: the original's
/// `{field, values, textSchema}`.
struct CommentEntry: Sendable, Hashable {
    /// `nil` for the description that precedes every directive.
    var field: CommentField?
    var values: [String]
    var textSchema: [SchemaItem]?
    var fileLine: Int

    /// The name used in the `Comment Definition Error ("…")` prefix.
    var fieldName: String { field?.rawValue ?? "description" }
}
