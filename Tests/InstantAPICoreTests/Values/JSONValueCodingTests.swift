import Foundation
import InstantAPICore
import Testing

@Suite struct JSONValueCodingTests {
    struct Item: Codable, Equatable {
        var name: String
        var count: Int
        var ratio: Double?
        var tags: [String]
        var nested: Nested?
    }

    struct Nested: Codable, Equatable {
        var flag: Bool
    }

    struct Attachment: Decodable {
        var data: Data
        var bytes: [UInt8]
        var raw: Base64Wire
        var any: JSONValue
    }

    struct Base64Wire: Decodable {
        var _base64: String
    }

    @Test func decodesNestedStructsAndOptionals() throws {
        let value: JSONValue = [
            "name": "a", "count": 3, "tags": ["x", "y"], "nested": ["flag": true], "extra": "ignored",
        ]
        let item = try JSONValueDecoder().decode(Item.self, from: value)
        #expect(item == Item(name: "a", count: 3, ratio: nil, tags: ["x", "y"], nested: Nested(flag: true)))
    }

    @Test func roundTripsThroughTheEncoder() throws {
        let item = Item(name: "é", count: -2, ratio: 0.5, tags: [], nested: nil)
        let encoded = try JSONValueEncoder().encode(item)
        #expect(encoded.jsonString() == #"{"name":"é","count":-2,"ratio":0.5,"tags":[]}"#)
        #expect(try JSONValueDecoder().decode(Item.self, from: encoded) == item)
    }

    @Test func buffersDecodeAsBytesOrAsTheirWireForm() throws {
        let value: JSONValue = [
            "data": .buffer([1, 2]), "bytes": ["_base64": "AwQ="], "raw": .buffer([104, 105]), "any": .buffer([0]),
        ]
        let attachment = try JSONValueDecoder().decode(Attachment.self, from: value)
        #expect(attachment.data == Data([1, 2]))
        #expect(attachment.bytes == [3, 4])
        #expect(attachment._base64Raw == "aGk=")
        #expect(attachment.any == .buffer([0]))
        #expect(try JSONValueDecoder().decode([UInt8].self, from: [1, 255]) == [1, 255])
    }

    @Test(arguments: [
        (JSONValue.string("1970-01-01T00:00:01.500Z"), 1.5), (.string("1970-01-01T00:00:02Z"), 2), (.number(2500), 2.5),
    ])
    func datesDecodeFromISOStringsAndMilliseconds(value: JSONValue, seconds: Double) throws {
        #expect(try JSONValueDecoder().decode(Date.self, from: value) == Date(timeIntervalSince1970: seconds))
    }

    @Test(arguments: [
        (JSONValue.number(1.5), "Int"), (.number(300), "UInt8"), (.number(-1), "UInt"), (.string("1"), "Int"),
        (.bool(true), "Double"), (.number(1), "Bool"), (.null, "String"), (.array([]), "Item"),
        (.string("yesterday"), "Date"),
    ])
    func mismatchesThrowDecodingErrors(value: JSONValue, type: String) {
        let decoder = JSONValueDecoder()
        #expect(throws: DecodingError.self) {
            switch type {
            case "Int": _ = try decoder.decode(Int.self, from: value)
            case "UInt8": _ = try decoder.decode(UInt8.self, from: value)
            case "UInt": _ = try decoder.decode(UInt.self, from: value)
            case "Double": _ = try decoder.decode(Double.self, from: value)
            case "Bool": _ = try decoder.decode(Bool.self, from: value)
            case "String": _ = try decoder.decode(String.self, from: value)
            case "Date": _ = try decoder.decode(Date.self, from: value)
            default: _ = try decoder.decode(Item.self, from: value)
            }
        }
    }

    @Test func missingKeysNameThePath() throws {
        let value: JSONValue = ["name": "a", "count": 1, "tags": ["x", 2]]
        do {
            _ = try JSONValueDecoder().decode(Item.self, from: value)
            Issue.record("expected a throw")
        } catch DecodingError.typeMismatch(_, let context) {
            #expect(context.codingPath.map(\.stringValue) == ["tags", "1"])
        }
    }

    @Test(arguments: [
        #"{"b":1,"a":[true,null,"x",1.5,{"c":{}}]}"#, #"[]"#, #"null"#, #""s""#, #"-0.25"#, #"false"#,
    ])
    func jsonValueDecodesFromFoundationsDecoder(text: String) throws {
        let decoded = try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
        let expected = try JSONValue.parse(text)
        if case .object(let members) = expected {
            #expect(decoded.objectValue.map { Set($0.keys) } == Set(members.keys))
            #expect(decoded.objectValue?["a"] == members["a"])
        } else {
            #expect(decoded == expected)
        }
    }

    @Test func jsonValueKeepsOrderAndBuffersWithItsOwnDecoder() throws {
        let value: JSONValue = ["z": 1, "a": ["m": .buffer([9])]]
        #expect(try JSONValueDecoder().decode(JSONValue.self, from: value) == value)
        #expect(try JSONValueDecoder().decode([String: JSONValue].self, from: value)["a"] == ["m": .buffer([9])])
    }
}

extension JSONValueCodingTests.Attachment {
    var _base64Raw: String { raw._base64 }
}
