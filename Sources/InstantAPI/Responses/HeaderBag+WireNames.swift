import HTTPTypes

extension HeaderBag {
    /// A name as the original writes it: each `-`-separated part capitalised, the rest
    /// lowercased (`x-execution-uuid` → `X-Execution-Uuid`). Names are ASCII by the time they
    /// get here (response header validation), so this works on bytes.
    static func wireName(_ name: String) -> String {
        var bytes = Array(name.utf8)
        var startOfPart = true
        for index in bytes.indices {
            let byte = bytes[index]
            if startOfPart, byte >= 0x61, byte <= 0x7A {
                bytes[index] = byte - 0x20
            } else if !startOfPart, byte >= 0x41, byte <= 0x5A {
                bytes[index] = byte + 0x20
            }
            startOfPart = byte == 0x2D
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The HTTP field name of a lowercase header name in the original's casing; the gateway's
    /// own headers come from a table built once, as every response carries them.
    static func fieldName(_ name: String) -> HTTPField.Name? {
        if let known = knownFieldNames[name] { return known }
        return HTTPField.Name(wireName(name))
    }

    private static let knownFieldNames: [String: HTTPField.Name] = {
        let names = [
            "x-execution-uuid", "x-instant-api", "x-debug", "access-control-allow-origin",
            "access-control-allow-methods", "access-control-allow-headers", "access-control-expose-headers",
            "content-type", "content-length", "content-encoding", "content-range", "accept-ranges", "etag",
            "last-modified", "location", "connection", "cache-control",
        ]
        var table: [String: HTTPField.Name] = [:]
        for name in names {
            if let field = HTTPField.Name(wireName(name)) { table[name] = field }
        }
        return table
    }()
}
