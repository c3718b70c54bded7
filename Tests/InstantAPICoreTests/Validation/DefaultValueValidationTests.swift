import Testing
@testable import InstantAPICore

@Suite struct DefaultValueValidationTests {
    static let failing: [(Parameter, JSONValue, String, String)] = [
        (param(.number, "b"), .string("hello"), "string", #"Parameter "b" type "number" does not match the default value "hello" ("string")"#),
        (param(.integer, "b"), 47.2, "number", #"Parameter "b" type "integer" does not match the default value 47.2 ("number")"#),
        (param(.integer, "x", range: (nil, 5)), 7, "number", #"Parameter "x" defaultValue invalid: must be less than or equal to 5"#),
        (param(.string, "s", size: (nil, 3)), "abcd", "string", #"Parameter "s" defaultValue invalid: must have length less than or equal to 3"#),
        (param(.string, "k", options: ["a", "b", "c"]), "d", "string", #"Parameter "k" options (["a","b","c"]) do not contain "d""#),
        (param(.enum, "e", members: [("a", 0)]), "z", "string", #"Parameter "e" does not have member "z""#),
        (param(.object, "q", schema: [param(.number, "n", range: (1, 2))]), ["n": 3], "object", #"Parameter "q" schema does not match {"n":3}"#),
        (param(.object, "q", schema: [param(.string, "a")]), [:], "object", #"Parameter "q" schema does not match {}"#),
    ]

    @Test(arguments: failing)
    func failures(parameter: Parameter, defaultValue: JSONValue, implied: String, message: String) {
        #expect(DefaultValueCheck.message(parameter: parameter, defaultValue: defaultValue, impliedTypeName: implied) == message)
    }

    static let passing: [(Parameter, JSONValue)] = [
        (param(.string, "a"), .null),
        (param(.float, "a"), 5),
        (param(.any, "a"), 5),
        (param(.string, "hg", options: ["hello", "goodbye"], alternates: [param(.number)]), 5.2),
        (param(.enum, "e", members: [("a", 0)]), "a"),
        (param(.object, "o", schema: [param(.string, "x", nullable: true)]), [:]),
        (param(.array, "l", schema: [param(.number)]), [1, 2]),
    ]

    @Test(arguments: passing)
    func accepted(parameter: Parameter, defaultValue: JSONValue) {
        #expect(DefaultValueCheck.message(parameter: parameter, defaultValue: defaultValue, impliedTypeName: "x") == nil)
    }
}
