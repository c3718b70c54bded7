import Testing
@testable import InstantAPICore

/// Edges of the shortcuts the per-request validation takes.
@Suite struct HotPathValidationTests {
    /// Undeclared parameters are only skipped when every input was a declared one.
    @Test func undeclaredParametersPassThroughInArrivalOrder() throws {
        let validator = ParameterValidator(parameters: [param(.string, "a"), param(.number, "b", defaultValue: 1)])
        let input = RequestParameters(values: ["z": 1, "a": "x", "y": 2], convertible: [])
        #expect(JSONValue.object(try validator.validate(input).get()).jsonString() == #"{"a":"x","b":1,"z":1,"y":2}"#)
        let declaredOnly = RequestParameters(values: ["b": 2, "a": "x"], convertible: [])
        #expect(JSONValue.object(try validator.validate(declaredOnly).get()).jsonString() == #"{"a":"x","b":2}"#)
    }

    /// A hand-built list may repeat a name; an undeclared input must still come through.
    @Test func repeatedParameterNamesStillPassUndeclaredInputs() throws {
        let validator = ParameterValidator(parameters: [param(.string, "a"), param(.string, "a")])
        let input = RequestParameters(values: ["a": "x", "extra": true], convertible: [])
        #expect(JSONValue.object(try validator.validate(input).get()).jsonString() == #"{"a":"x","extra":true}"#)
    }

    /// Text arrays and objects of text members come back as they arrived (nothing to convert).
    @Test func identityCoercionKeepsValues() {
        let tags = param(.array, "tags", schema: [param(.string)])
        #expect(validateOne(tags, ["alpha", "beta"], convert: true) == .success(["alpha", "beta"]))
        #expect(validateOne(tags, #"["a","b"]"#, convert: true) == .success(["a", "b"]))
        let level = param(.enum, "level", members: [("low", 0), ("high", 1)])
        // Only a top-level enum key becomes its member value.
        #expect(validateOne(param(.array, "levels", schema: [level]), ["high", "low"], convert: true) == .success(["high", "low"]))
        #expect(validateOne(param(.array, "levels", schema: [level]), ["mid"], convert: true).failureValue?.contains(#""mismatch":"levels[0]""#) == true)
        let object = param(.object, "o", schema: [param(.string, "name"), param(.number, "n")])
        #expect(validateOne(object, ["name": "x", "n": "4"], convert: true) == .success(["name": "x", "n": 4]))
        #expect(validateOne(object, ["name": 5, "n": "4"], convert: true).failureValue?.contains(#""mismatch":"o.name""#) == true)
        let anyOf = param(.any, "v", options: ["one", 4])
        #expect(validateOne(param(.array, "vs", schema: [anyOf]), ["4", "one"], convert: true) == .success([4, "one"]))
    }

    @Test(arguments: [
        ("42", 42.0), ("007", 7), ("0", 0), ("123456789012345", 123456789012345), ("1234567890123456", 1234567890123456),
        ("99999999999999999999", 1e20), (" 12 ", 12), ("-0", -0.0), ("+5", 5), ("1.50", 1.5), ("-2.5", -2.5),
        ("\u{A0}1.5\u{3000}", 1.5), ("\t-1e3\n", -1000), ("0.1", 0.1), ("4.35", 4.35),
    ])
    func numberTextMatchesDouble(text: String, expected: Double) throws {
        let parsed = try #require(NumberText.parse(text))
        #expect(parsed.bitPattern == expected.bitPattern)
    }

    @Test(arguments: ["1.5\u{7F}", "1.5x", "--1", "1e999", "12345678901234x", "\u{7F}1"])
    func numberTextRejects(text: String) {
        #expect(NumberText.parse(text) == nil)
    }

    @Test(arguments: [
        ("true", true), ("t", true), ("false", false), ("f", false), ("TRUE", true), (" F ", false), ("\u{A0}True", true),
    ])
    func booleanSpellings(text: String, expected: Bool) {
        #expect(CompiledType.coerceBoolean(text) == .bool(expected))
    }
}
