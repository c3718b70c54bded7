import HTTPTypes
import InstantAPICore

/// A request head as the queue table keeps it: a JSON text of method, scheme, authority, path
/// and the header fields in order (`[[name, value], …]`).
enum StoredRequest {
    struct Unreadable: Error, CustomStringConvertible {
        var description: String
    }

    static func encode(_ head: HTTPRequest) -> String {
        let fields = head.headerFields.map { JSONValue.array([.string($0.name.rawName), .string($0.value)]) }
        let object: JSONObject = [
            "method": .string(head.method.rawValue), "scheme": head.scheme.map(JSONValue.string) ?? .null,
            "authority": head.authority.map(JSONValue.string) ?? .null, "path": head.path.map(JSONValue.string) ?? .null,
            "headers": .array(fields),
        ]
        return JSONValue.object(object).jsonString()
    }

    static func decode(_ text: String) throws(Unreadable) -> HTTPRequest {
        guard let value = try? JSONValue.parse(text), case .object(let object) = value,
            let methodName = object["method"]?.stringValue, let method = HTTPRequest.Method(methodName),
            case .array(let pairs)? = object["headers"]
        else { throw Unreadable(description: "A stored request is not readable") }
        var fields = HTTPFields()
        for pair in pairs {
            guard case .array(let parts) = pair, parts.count == 2, let rawName = parts[0].stringValue,
                let value = parts[1].stringValue, let name = HTTPField.Name(rawName)
            else { throw Unreadable(description: "A stored request has an unreadable header") }
            fields.append(HTTPField(name: name, value: value))
        }
        return HTTPRequest(
            method: method, scheme: object["scheme"]?.stringValue, authority: object["authority"]?.stringValue,
            path: object["path"]?.stringValue, headerFields: fields)
    }
}
