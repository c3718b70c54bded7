/// The response headers of one request, as the original builds them: lowercased names in
/// insertion order, then the gateway's CORS block (upstream-gateway §7.4).
struct HeaderBag: Sendable {
    /// The value of `Access-Control-Allow-Methods`.
    static let allowedMethods = "GET, POST, OPTIONS, HEAD, PUT, DELETE"

    private(set) var fields: [(name: String, value: String)] = []

    init() {
        // The gateway's block alone is six headers.
        fields.reserveCapacity(8)
    }

    /// The value of a (lowercase) name.
    subscript(name: String) -> String? {
        fields.first { $0.name == name }?.value
    }

    /// Sets a value, keeping the position of a name already present.
    mutating func set(_ name: String, _ value: String) {
        if let index = fields.firstIndex(where: { $0.name == name }) {
            fields[index].value = value
        } else {
            fields.append((name, value))
        }
    }

    /// Sets a value only when the name is absent.
    mutating func setDefault(_ name: String, _ value: String) {
        if self[name] == nil { fields.append((name, value)) }
    }

    /// Adds the gateway's headers: `x-instant-api`, the CORS defaults (user values win) and
    /// `access-control-expose-headers`, which lists every name once, `x-execution-uuid` last
    /// when the response has none (SPEC §3 fixes the duplicate). One pass over the names: this
    /// runs for every response.
    mutating func addGatewayHeaders(requestedHeaders: String?) {
        var instantAPI: Int?
        var exposeHeaders: Int?
        var hasOrigin = false, hasMethods = false, hasAllowHeaders = false, hasExecutionID = false
        for (index, field) in fields.enumerated() {
            switch field.name {
            case "x-instant-api": instantAPI = index
            case "access-control-expose-headers": exposeHeaders = index
            case "access-control-allow-origin": hasOrigin = true
            case "access-control-allow-methods": hasMethods = true
            case "access-control-allow-headers": hasAllowHeaders = true
            case "x-execution-uuid": hasExecutionID = true
            default: break
            }
        }
        if let instantAPI { fields[instantAPI].value = "true" } else { fields.append(("x-instant-api", "true")) }
        if !hasOrigin { fields.append(("access-control-allow-origin", "*")) }
        if !hasMethods { fields.append(("access-control-allow-methods", Self.allowedMethods)) }
        if !hasAllowHeaders { fields.append(("access-control-allow-headers", requestedHeaders ?? "")) }
        let exposed = exposedNames(hasExecutionID: hasExecutionID)
        if let exposeHeaders {
            fields[exposeHeaders].value = exposed
        } else {
            fields.append(("access-control-expose-headers", exposed))
        }
    }

    /// The `access-control-expose-headers` value: every name once, `x-execution-uuid` last
    /// when absent. The usual set (an execution's block alone) is a constant.
    private func exposedNames(hasExecutionID: Bool) -> String {
        if fields.count == Self.executionBlock.count,
            zip(fields, Self.executionBlock).allSatisfy({ $0.0.name == $0.1 })
        {
            return Self.executionBlockExposed
        }
        var exposed = ""
        exposed.reserveCapacity(fields.count * 32)
        for (name, _) in fields {
            if !exposed.isEmpty { exposed += ", " }
            exposed += name
        }
        if !hasExecutionID { exposed += exposed.isEmpty ? "x-execution-uuid" : ", x-execution-uuid" }
        return exposed
    }

    private static let executionBlock = [
        "x-execution-uuid", "x-instant-api", "access-control-allow-origin", "access-control-allow-methods",
        "access-control-allow-headers",
    ]
    private static let executionBlockExposed = executionBlock.joined(separator: ", ")
}
