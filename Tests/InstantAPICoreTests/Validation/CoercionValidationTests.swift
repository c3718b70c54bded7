import Testing
@testable import InstantAPICore

@Suite struct CoercionValidationTests {
    @Test(arguments: [
        ("1", 1.0), ("-2e3", -2000), ("1.5", 1.5), ("+.5", 0.5), ("5.", 5), ("1E-7", 1e-7), (" 12 ", 12),
        ("1e300", 1e300), ("100.1", 100.1),
    ])
    func numbersInDecimalAndExponentForms(text: String, expected: Double) {
        #expect(NumberText.parse(text) == expected)
        #expect(converted(param(.number, "a"), text) == .number(expected))
    }

    @Test(arguments: ["", "  ", "0x10", "0b1", "0o7", "Infinity", "-Infinity", "NaN", "inf", "1e", "e5", ".", "1.2.3", "1e400", "1_000", "١"])
    func otherTextIsNotANumber(text: String) {
        #expect(NumberText.parse(text) == nil)
        #expect(converted(param(.number, "a"), text) == nil)
    }

    @Test func integerConversionReportsTheConvertedNumber() {
        #expect(converted(param(.integer, "a"), "7") == 7)
        let failure = validateOne(param(.integer, "a"), "1.5", convert: true).failureValue
        #expect(failure?.contains(#""message":"invalid value: 1.5 (number), expected (integer)""#) == true)
        #expect(validateOne(param(.number, "a"), "abc", convert: true).failureValue
            == #"{"a":{"message":"invalid value: \"abc\" (string), expected (number)","invalid":true,"expected":{"type":"number"},"actual":{"value":"abc","type":"string"}}}"#)
    }

    @Test(arguments: [("t", true), ("TRUE", true), (" true ", true), ("f", false), ("False", false)])
    func booleans(text: String, expected: Bool) {
        #expect(converted(param(.boolean, "a"), text) == .bool(expected))
    }

    @Test func otherBooleanTextIsReportedLowerCased() {
        #expect(validateOne(param(.boolean, "raw"), "Maybe", convert: true).failureValue
            == #"{"raw":{"message":"invalid value: \"maybe\" (string), expected (boolean)","invalid":true,"expected":{"type":"boolean"},"actual":{"value":"maybe","type":"string"}}}"#)
    }

    @Test func unionsAreTriedInWrittenOrder() {
        // Q15 fixed.
        let stringOrInteger = param(.string, "a", alternates: [param(.integer)])
        #expect(converted(stringOrInteger, "1") == "1")
        let integerOrString = param(.integer, "a", alternates: [param(.string)])
        #expect(converted(integerOrString, "1") == 1)
        let boolOrString = param(.boolean, "a", alternates: [param(.string)])
        #expect(converted(boolOrString, "true") == true)
        #expect(converted(boolOrString, "lol") == "lol")
        #expect(converted(boolOrString, "LOL") == "LOL")
        // {number|"hello"|"goodbye"}: string with options, then number.
        let hg = param(.string, "hg", options: ["hello", "goodbye"], alternates: [param(.number)])
        #expect(converted(hg, "hello") == "hello")
        #expect(converted(hg, "5.2") == 5.2)
        #expect(converted(hg, "x") == nil)
        // A main buffer converts too (the original gave it no precedence).
        let bufferOrString = param(.buffer, "b", alternates: [param(.string)])
        #expect(converted(bufferOrString, #"{"_base64":"aGk="}"#) == .buffer(Array("hi".utf8)))
        #expect(converted(bufferOrString, "plain") == "plain")
    }

    @Test func literalUnionsAcceptTheirLiterals() {
        // {"one"|"two"|"three"|4}: any with options.
        let literals = param(.any, "a", options: ["one", "two", "three", 4])
        #expect(converted(literals, "4") == 4)
        #expect(converted(literals, "one") == "one")
        #expect(converted(literals, "5") == nil)
        let mixed = param(.any, "a", options: [true, .null, "null"])
        #expect(converted(mixed, "true") == true)
        #expect(converted(mixed, "null") == "null")  // the text itself is an option
        #expect(converted(param(.any, "a"), "4") == "4")
    }

    @Test func objectsAndArraysAreParsedAndTheirMembersConverted() {
        let object = param(.object, "b", schema: [param(.number, "lol"), param(.object, "deep", nullable: true, schema: [param(.boolean, "on")])])
        #expect(converted(object, #"{"lol":"1","wat":"23"}"#) == ["lol": 1, "wat": "23"])
        let bracketed = validateOne(object, ["lol": "1", "wat": "23", "deep": ["on": "t"]], convert: true)
        #expect(bracketed == .success(["lol": 1, "wat": "23", "deep": ["on": true]]))
        #expect(converted(param(.array, "a", schema: [param(.number)]), "[1,\"2\"]") == [1, 2])
        #expect(validateOne(param(.array, "a", schema: [param(.number)]), ["5"], convert: true) == .success([5]))
        // Invalid JSON stays text and fails validation as a ParameterError.
        let failure = validateOne(param(.object, "obj"), "abc", convert: true).failureValue
        #expect(failure == #"{"obj":{"message":"invalid value: \"abc\" (string), expected (object)","invalid":true,"mismatch":"obj","expected":{"type":"object"},"actual":{"value":"abc","type":"string"}}}"#)
    }

    @Test func alternateSchemasConvertWithTheSchemaThatMatches() {
        let object = param(.object, "o", schema: [param(.boolean, "flag")], alternateSchemas: [[param(.number, "count")]])
        #expect(validateOne(object, ["count": "3"], convert: true) == .success(["count": 3]))
        #expect(validateOne(object, ["flag": "f"], convert: true) == .success(["flag": false]))
    }

    @Test func buffersKeyqlAndHttpAreParsed() {
        #expect(converted(param(.buffer, "b"), #"{"_bytes":[1,300]}"#) == .buffer([1, 255]))
        #expect(converted(param(.buffer, "b"), #"{"_base64":"aGk="}"#) == .buffer(Array("hi".utf8)))
        #expect(converted(param(.keyqlQuery, "q"), #"{"name__icontains":"x"}"#) == ["name__icontains": "x"])
        #expect(converted(param(.keyqlOrder, "o"), #"{"field":"a"}"#) == ["field": "a"])
        #expect(validateOne(param(.keyqlLimit, "l"), ["count": "5"], convert: true) == .success(["count": 5, "offset": 0]))
        #expect(converted(param(.keyqlLimit, "l"), #"{"offset":2}"#) == ["offset": 2, "count": 0])
    }

    @Test func jsonBodiesGetTheBufferFormatRecursively() {
        let object = param(.object, "o")
        let value: JSONValue = ["a": ["_base64": "aGk="], "b": [["_bytes": [1]]]]
        #expect(validateOne(object, value) == .success(["a": .buffer(Array("hi".utf8)), "b": [.buffer([1])]]))
        #expect(validateOne(param(.buffer, "b"), ["_bytes": [7]]) == .success(.buffer([7])))
        // Text in a JSON body is not converted.
        #expect(validateOne(param(.number, "n"), "5").failureValue != nil)
        #expect(validateOne(param(.any, "x"), ["_base64": "aGk="]) == .success(["_base64": "aGk="]))
    }

    @Test func enumsAndStringsStayText() {
        #expect(converted(param(.string, "s"), "1") == "1")
        #expect(converted(param(.enum, "e", members: [("1", 100)]), "1") == 100)
    }
}
