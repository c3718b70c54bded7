import Testing
@testable import InstantAPICore

@Suite struct ConstraintValidationTests {
    static let topLevel: [(Parameter, JSONValue, String)] = [
        (param(.integer, "a", range: (1, 5)), .number(0), "must be greater than or equal to 1"),
        (param(.integer, "a", range: (1, 5)), 6, "must be less than or equal to 5"),
        (param(.number, "a", range: (1.01, nil)), 1, "must be greater than or equal to 1.01"),
        (param(.float, "a", range: (nil, 0)), 0.5, "must be less than or equal to 0"),  // Q1: 0 is a bound
        (param(.number, "a", range: (-1e21, nil)), -1e22, "must be greater than or equal to -1e+21"),
        (param(.string, "a", size: (2, nil)), "a", "must have length greater than or equal to 2"),
        (param(.string, "a", size: (nil, 3)), "abcd", "must have length less than or equal to 3"),
        (param(.string, "a", size: (nil, 1)), "😀", "must have length less than or equal to 1"),  // UTF-16 units
        (param(.array, "a", size: (1, 1)), [], "must have length greater than or equal to 1"),
        (param(.buffer, "a", size: (nil, 1)), ["_base64": "aGk="], "must have length less than or equal to 1"),
    ]

    @Test(arguments: topLevel)
    func topLevelConstraintsKeepTheOriginalShape(parameter: Parameter, value: JSONValue, message: String) {
        let detail = #"{"a":{"message":"\#(message)","invalid":true}}"#
        #expect(validateOne(parameter, value).failureValue == detail)
    }

    @Test func missingBoundKeysAreUnbounded() {
        #expect(accepts(param(.string, size: (2, nil)), "abcdefgh"))
        #expect(accepts(param(.integer, range: (nil, 5)), -1000))
        #expect(!accepts(param(.string, size: (2, nil)), "a"))  // Q12 fixed
    }

    @Test func nestedConstraintsAreInvalidValuesPointingAtThePath() throws {
        let beta = param(.object, "beta", schema: [param(.object, "obj", schema: [param(.number, "num", range: (1, 100))])])
        let failure = try #require(validateOne(beta, ["obj": ["num": 101]]).failureValue)
        #expect(failure.contains(#""mismatch":"beta.obj.num""#))
        #expect(failure.contains(#""message":"invalid value: {\n  \"obj\": {\n    \"num\": 101\n  }\n} (object), expected (object)""#))

        let gamma = param(.array, "gamma", size: (1, 3), schema: [param(.array, schema: [param(.number, range: (20, 30))])])
        #expect(try #require(validateOne(gamma, [[20], [25, 31]]).failureValue).contains(#""mismatch":"gamma[1][1]""#))
        #expect(validateOne(gamma, [[20], [25, 30]]) == .success([[20], [25, 30]]))
        #expect(validateOne(gamma, [[], [], [], []]).failureValue == #"{"gamma":{"message":"must have length less than or equal to 3","invalid":true}}"#)

        let a2 = param(.array, "a2", schema: [param(.array, size: (2, 2), schema: [param(.buffer)])])
        #expect(try #require(validateOne(a2, [[.buffer([]), .buffer([])], [.buffer([])]]).failureValue).contains(#""mismatch":"a2[1]""#))
    }

    @Test func constraintsOnAlternatesCount() {
        // {string{1..3}|integer{1,5}}
        let union = param(.string, "u", size: (1, 3), alternates: [param(.integer, range: (1, 5))])
        #expect(validateOne(union, "abc") == .success("abc"))
        #expect(validateOne(union, 4) == .success(4))
        #expect(validateOne(union, "abcd").failureValue == #"{"u":{"message":"must have length less than or equal to 3","invalid":true}}"#)
        #expect(validateOne(union, 9).failureValue == #"{"u":{"message":"must be less than or equal to 5","invalid":true}}"#)
        // A later alternative that accepts the value wins over an earlier one whose range fails.
        let ranges = param(.number, "r", range: (1, 5), alternates: [param(.integer, range: (10, 20))])
        #expect(validateOne(ranges, 15) == .success(15))
    }

    @Test func keyqlLimitRangeMessagesPrintTheBounds() {
        let limit = param(.keyqlLimit, "limit", range: (2, 20))
        #expect(validateOne(limit, ["count": 1]).failureValue == #"{"limit":{"message":"count must be greater than or equal to 2","invalid":true}}"#)
        #expect(validateOne(limit, ["count": 21]).failureValue == #"{"limit":{"message":"count must be less than or equal to 20","invalid":true}}"#)
        #expect(validateOne(limit, ["count": 5]) == .success(["count": 5, "offset": 0]))
    }

    static let httpCases: [(JSONValue, String)] = [
        (["body": ["a": 1]], "Property \\\"body\\\" must be a string or a buffer"),
        (["statusCode": 600, "body": "x"], "Property \\\"statusCode\\\" must be an integer and between 100 and 599."),
        (["statusCode": 200.5], "Property \\\"statusCode\\\" must be an integer and between 100 and 599."),
        (["headers": true], "Property \\\"headers\\\" must be an object."),
    ]

    @Test(arguments: httpCases)
    func httpPropertyMessages(value: JSONValue, message: String) {
        let result = ReturnValidator(returns: param(.objectHTTP)).validate(value)
        #expect(result.failureValue.map { JSONValue.object($0.details).jsonString() }
            == #"{"returns":{"message":"\#(message)","invalid":true}}"#)
    }

    @Test func httpBodyInBufferFormatBecomesABuffer() {
        let result = ReturnValidator(returns: param(.objectHTTP)).validate(["body": ["_base64": "aGk="]])
        #expect(result == .success(["body": .buffer(Array("hi".utf8))]))
    }
}
