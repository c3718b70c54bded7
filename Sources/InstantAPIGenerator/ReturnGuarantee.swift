import InstantAPICore

/// Whether a result's Swift type already guarantees everything `@returns` checks, so the gateway
/// can skip the check. Ranges, sizes and options are not in Swift's types; enums are sent as
/// keys and unions resolved by the check; `object.http` and KeyQL shapes have rules of their
/// own: each of these keeps the run-time check.
enum ReturnGuarantee {
    static func holds(for parameter: Parameter) -> Bool {
        if parameter.options != nil { return false }
        if let range = parameter.range, range.min != nil || range.max != nil { return false }
        if let size = parameter.size, size.min != nil || size.max != nil { return false }
        if let alternates = parameter.alternateTypes, !alternates.isEmpty { return false }
        if let alternates = parameter.alternateSchemas, alternates.contains(where: { !$0.isEmpty }) { return false }
        switch parameter.type {
        case .string, .number, .float, .integer, .boolean, .any, .buffer: return true
        case .object, .array: return (parameter.schema ?? []).allSatisfy(holds(for:))
        case .enum, .objectHTTP, .keyqlQuery, .keyqlLimit, .keyqlOrder: return false
        }
    }
}
