/// The response headers of one request, as the original builds them: lowercased names in
/// insertion order, then the gateway's CORS block (upstream-gateway §7.4).
struct HeaderBag: Sendable {
    /// The value of `Access-Control-Allow-Methods`.
    static let allowedMethods = "GET, POST, OPTIONS, HEAD, PUT, DELETE"

    private(set) var fields: [(name: String, value: String)] = []

    init() {}

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
    /// when the response has none (SPEC §3 fixes the duplicate).
    mutating func addGatewayHeaders(requestedHeaders: String?) {
        set("x-instant-api", "true")
        setDefault("access-control-allow-origin", "*")
        setDefault("access-control-allow-methods", Self.allowedMethods)
        setDefault("access-control-allow-headers", requestedHeaders ?? "")
        var exposed = ""
        exposed.reserveCapacity(fields.count * 24)
        var hasExecutionID = false
        for (name, _) in fields {
            if !exposed.isEmpty { exposed += ", " }
            exposed += name
            hasExecutionID = hasExecutionID || name == "x-execution-uuid"
        }
        if !hasExecutionID { exposed += exposed.isEmpty ? "x-execution-uuid" : ", x-execution-uuid" }
        set("access-control-expose-headers", exposed)
    }
}
