/// Lets closures take a `JSONValue` from any decoder (or embed one in their own `Decodable`
/// types). `JSONValueDecoder` hands the value over as it is; other decoders (e.g. Foundation's
/// `JSONDecoder`) are asked for null, a boolean, a number, a string, an object, then an array,
/// and an object's key order is then whatever that decoder reports.
extension JSONValue: Decodable {
    public init(from decoder: any Decoder) throws {
        if let direct = decoder as? JSONValueDecoding {
            self = direct.value
            return
        }
        if let single = try? decoder.singleValueContainer() {
            if single.decodeNil() {
                self = .null
                return
            }
            if let flag = try? single.decode(Bool.self) {
                self = .bool(flag)
                return
            }
            if let number = try? single.decode(Double.self) {
                self = .number(number)
                return
            }
            if let text = try? single.decode(String.self) {
                self = .string(text)
                return
            }
        }
        if let keyed = try? decoder.container(keyedBy: DynamicKey.self) {
            var members = JSONObject()
            for key in keyed.allKeys { members[key.stringValue] = try keyed.decode(JSONValue.self, forKey: key) }
            self = .object(members)
            return
        }
        var unkeyed = try decoder.unkeyedContainer()
        var items: [JSONValue] = []
        while !unkeyed.isAtEnd { items.append(try unkeyed.decode(JSONValue.self)) }
        self = .array(items)
    }
}
