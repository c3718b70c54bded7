import Testing
@testable import InstantAPICore

@Suite struct TypeValidationTests {
    /// The sample values of the original's `types.mjs`: 'abc', 1, 1.1, 1e300, true, {}, [], Buffer, null.
    static let samples: [JSONValue] = ["abc", 1, 1.1, 1e300, true, [:], [], .buffer([]), .null]

    @Test(arguments: [
        (ParameterType.string, [true, false, false, false, false, false, false, false, false]),
        (.number, [false, true, true, true, false, false, false, false, false]),
        (.float, [false, true, true, true, false, false, false, false, false]),
        (.integer, [false, true, false, false, false, false, false, false, false]),
        (.boolean, [false, false, false, false, true, false, false, false, false]),
        (.object, [false, false, false, false, false, true, false, false, false]),
        (.array, [false, false, false, false, false, false, true, false, false]),
        (.buffer, [false, false, false, false, false, false, false, true, false]),
        (.any, [true, true, true, true, true, true, true, true, true]),
    ])
    func acceptRejectTable(type: ParameterType, expected: [Bool]) {
        for (value, verdict) in zip(Self.samples, expected) {
            #expect(accepts(param(type), value) == verdict, "\(type) \(value)")
            #expect(accepts(param(type, nullable: true), value) == (verdict || value.isNull))
        }
    }

    static let integers: [(JSONValue, Bool)] = [
        (.number(9_007_199_254_740_991), true), (-9_007_199_254_740_991, true), (9_007_199_254_740_992, false),
        (1.0, true), (-0.0, true), (1.1, false), (.number(.infinity), false), ("1", false),
    ]

    @Test(arguments: integers)
    func integerIsIntegralAndSafe(value: JSONValue, expected: Bool) {
        #expect(accepts(param(.integer), value) == expected)
    }

    @Test func infinityIsANumberAndAFloat() {
        #expect(accepts(param(.number), .number(.infinity)))
        #expect(accepts(param(.float), .number(-.infinity)))
        #expect(!accepts(param(.number), .number(.nan)))
    }

    @Test func enumMatchesKeyStringsOnly() {
        let e = param(.enum, members: [("1", 1), ("true", true), ("{}", [:]), ("null", .null)])
        for key in ["1", "true", "{}", "null"] { #expect(accepts(e, .string(key))) }
        for value: JSONValue in [1, true, [:], .null, "x"] { #expect(!accepts(e, value)) }
        #expect(accepts(param(.enum, nullable: true, members: [("a", 0)]), .null))
    }

    @Test func optionsRestrictEveryAllowingType() {
        #expect(accepts(param(.string, options: ["a", "b"]), "a"))
        #expect(!accepts(param(.string, options: ["a", "b"]), "c"))
        #expect(accepts(param(.number, options: [1, 2]), 2.0))
        #expect(!accepts(param(.integer, options: [1, 2]), 3))
        #expect(accepts(param(.any, options: [["x": 1], "y"]), ["x": 1]))
        #expect(!accepts(param(.any, options: ["y"]), .null))
    }

    @Test func alternateTypesAndTheirOptionsCount() {
        // {boolean|string|"x"}: any with options ["x"], alternates boolean and string.
        let union = param(.any, options: ["x"], alternates: [param(.boolean), param(.string, options: ["y"])])
        #expect(accepts(union, "x"))
        #expect(accepts(union, true))
        #expect(accepts(union, "y"))
        #expect(!accepts(union, "z"))  // Q10 fixed: the alternate's options are enforced
    }

    @Test func objectSchemasAnyMatchesExtraKeysAllowed() {
        let object = param(
            .object, schema: [param(.string, "name"), param(.integer, "size")],
            alternateSchemas: [[param(.string, "name"), param(.array, "files")]])
        #expect(accepts(object, ["name": "a", "size": 1, "extra": true]))
        #expect(accepts(object, ["name": "a", "files": []]))
        #expect(!accepts(object, ["name": "a"]))
        #expect(!accepts(object, ["name": "a", "size": "1"]))
        #expect(accepts(param(.object), ["anything": 1]))
        let optional = param(.object, schema: [param(.string, "a", nullable: true)])
        #expect(accepts(optional, [:]))
        #expect(accepts(optional, ["a": .null]))
        #expect(!accepts(optional, ["a": 1]))
    }

    @Test func arrayElementsUseTheElementParameter() {
        #expect(accepts(param(.array, schema: [param(.string)]), ["a", "b"]))
        #expect(!accepts(param(.array, schema: [param(.string)]), ["a", 1]))
        #expect(accepts(param(.array, schema: [param(.string, nullable: true)]), ["a", .null]))
        let enums = param(.array, schema: [param(.enum, members: [("a", 1)])])
        #expect(accepts(enums, ["a"]))
        #expect(!accepts(enums, [1]))
    }

    static let httpValues: [(JSONValue, Bool)] = [
        (["body": "x"], true), (["statusCode": 204], true), (["headers": [:]], true),
        (["statusCode": 201, "body": "x"], true), (["body": "x", "headers": [:], "statusCode": 200], true),
        ([:], false), (["body": .null], false), (["body": "x", "extra": 1], false), ("x", false),
    ]

    @Test(arguments: httpValues)
    func httpShapes(value: JSONValue, expected: Bool) {
        #expect(accepts(param(.objectHTTP), value) == expected)
    }

    static let bufferValues: [(JSONValue, Bool)] = [
        (.buffer([1]), true), (["_base64": "aGk="], true), (["_bytes": [1, 2]], true),
        (["_bytes": [1], "x": 1], false), (["_base64": 1], false), ("aGk=", false),
    ]

    @Test(arguments: bufferValues)
    func bufferForms(value: JSONValue, expected: Bool) {
        #expect(accepts(param(.buffer), value) == expected)
    }

    @Test func bufferFormatClampsBytesAndRecursesIntoObjects() {
        #expect(BufferFormat.top(["_bytes": [300, -5, 1.9, "12abc", "x"]]) == .buffer([255, 0, 1, 12, 0]))
        let nested: JSONValue = ["a": ["_base64": "aGk="], "b": [["_bytes": [1]]], "c": "keep"]
        #expect(BufferFormat.nested(nested) == ["a": .buffer(Array("hi".utf8)), "b": [.buffer([1])], "c": "keep"])
        #expect(BufferFormat.nested(["a": 1]) == nil)
    }
}

@Suite struct DeepValueValidationTests {
    @Test func deeplyNestedValuesDoNotCrash() throws {
        var text = String(repeating: #"{"a":["#, count: 250) + #"{"_base64":"aGk="}"# + String(repeating: "]}", count: 250)
        let value = try JSONValue.parse(text)
        #expect(validateOne(param(.object, "o"), value) != .failure(""))
        #expect(validateOne(param(.array, "o"), value).failureValue?.contains(#""mismatch":"o[]""#) == true)
        text = String(repeating: "[", count: 500) + String(repeating: "]", count: 500)
        let arrays = try JSONValue.parse(text)
        #expect(validateOne(param(.array, "a", schema: [param(.array)]), arrays, convert: true) == .success(arrays))
    }
}
