import Testing
@testable import InstantAPICore

@Suite struct JSONValueTests {
    @Test(arguments: [
        (1.0, "1"), (-0.0, "0"), (0.1, "0.1"), (1.5, "1.5"), (1e21, "1e+21"), (1e20, "100000000000000000000"),
        (123456789012345680000.0, "123456789012345680000"), (1e-7, "1e-7"), (0.000001, "0.000001"),
        (1.2345e-10, "1.2345e-10"), (5e-324, "5e-324"), (1.7976931348623157e308, "1.7976931348623157e+308"),
        (-47.2, "-47.2"), (9007199254740993.0, "9007199254740992"), (1e300, "1e+300"), (.nan, "null"),
    ])
    func numbersFormatLikeJavaScript(value: Double, expected: String) {
        #expect(JSONNumberFormat.string(value) == expected)
    }

    @Test func parsesAndKeepsKeyOrder() throws {
        let value = try JSONValue.parse(#"{"b":1,"a":[true,null,"x\u00e9\n"],"c":{"z":-1.5e2},"b":2}"#)
        #expect(value.jsonString() == #"{"b":2,"a":[true,null,"xé\n"],"c":{"z":-150}}"#)
    }

    @Test func prettyPrintsWithTwoSpaces() throws {
        let value: JSONValue = ["a": [1, 2], "b": [:], "c": []]
        #expect(value.jsonString(pretty: true) == "{\n  \"a\": [\n    1,\n    2\n  ],\n  \"b\": {},\n  \"c\": []\n}")
    }

    @Test(arguments: ["", "{", "[1,]", "01", "1.", "-", "\"\\x\"", "\"a\u{01}\"", "tru", "{\"a\" 1}", "1 2", "[1]]", "nul"])
    func rejectsInvalidJSON(text: String) {
        #expect(throws: JSONParseError.self) { try JSONValue.parse(text) }
    }

    @Test func rejectsDeepNestingWithoutCrashing() {
        let deep = String(repeating: "[", count: 100_000)
        #expect(throws: JSONParseError.self) { try JSONValue.parse(deep) }
    }

    @Test func decodesSurrogatePairs() throws {
        #expect(try JSONValue.parse(#""\ud83d\ude00""#) == .string("😀"))
    }

    @Test func base64RoundTripsAndDecodesLeniently() {
        #expect(Base64.encode(Array("hi".utf8)) == "aGk=")
        #expect(Base64.decode("aGk=") == Array("hi".utf8))
        #expect(Base64.decode("a G\nk") == Array("hi".utf8))
    }
}
