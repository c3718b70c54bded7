import Testing
@testable import InstantAPICore

@Suite struct ReturnAndStreamValidationTests {
    private func details(_ result: Result<JSONValue, ReturnValidationError>) -> String? {
        result.failureValue.map { JSONValue.object($0.details).jsonString() }
    }

    @Test func returnErrorsMatchTheCaptures() {
        #expect(details(ReturnValidator(returns: param(.number)).validate("hello value"))
            == #"{"returns":{"message":"invalid return value: \"hello value\" (string), expected (number)","invalid":true,"expected":{"type":"number"},"actual":{"value":"hello value","type":"string"}}}"#)
        #expect(details(ReturnValidator(returns: param(.objectHTTP)).validate([:]))
            == #"{"returns":{"message":"invalid return value: {} (object), expected (object.http)","invalid":true,"expected":{"type":"object.http"},"actual":{"value":{},"type":"object"}}}"#)
        #expect(details(ReturnValidator(returns: param(.objectHTTP)).validate(["body": .null, "statusCode": 600]))
            == #"{"returns":{"message":"invalid return value: {\n  \"body\": null,\n  \"statusCode\": 600\n} (object), expected (object.http)","invalid":true,"expected":{"type":"object.http"},"actual":{"value":{"body":null,"statusCode":600},"type":"object"}}}"#)
        let e = param(.enum, "either", members: [("a", 0), ("b", [1, 2, 3])])
        #expect(details(ReturnValidator(returns: e).validate("not correct"))
            == #"{"returns":{"message":"invalid return value: \"not correct\" (string), expected (enum)","invalid":true,"expected":{"type":"enum","members":[["a",0],["b",[1,2,3]]]},"actual":{"value":"not correct","type":"string"}}}"#)
    }

    @Test func returnsMapEnumsAndOmitOptionValues() throws {
        #expect(ReturnValidator(returns: param(.enum, members: [("b", [1, 2, 3])])).validate("b") == .success([1, 2, 3]))
        let withOptions = try #require(details(ReturnValidator(returns: param(.string, options: ["x"])).validate("y")))
        #expect(withOptions == #"{"returns":{"message":"invalid return value: \"y\" (string), expected (string)","invalid":true,"expected":{"type":"string"},"actual":{"value":"y","type":"string"}}}"#)
    }

    @Test func returnMismatchStartsAtNameOrDollar() throws {
        let named = param(.object, "myObject", schema: [param(.object, "user", schema: [param(.array, "names", schema: [param(.string)])])])
        #expect(try #require(details(ReturnValidator(returns: named).validate(["user": ["names": ["a", 1]]]))).contains(#""mismatch":"myObject.user.names[1]""#))
        let nameless = param(.object, schema: [param(.object, "user", schema: [param(.string, "name")])])
        #expect(try #require(details(ReturnValidator(returns: nameless).validate(["user": ["name": 1]]))).contains(#""mismatch":"$.user.name""#))
    }

    @Test func defaultReturnAcceptsEverything() {
        let any = ReturnValidator(returns: Parameter(name: "", type: .any))
        for value: JSONValue in [.null, 1, "x", [:], [], .buffer([])] { #expect(any.validate(value) == .success(value)) }
        #expect(ReturnValidator(returns: param(.string)).validate(.null).failureValue != nil)
        #expect(ReturnValidator(returns: param(.string, nullable: true)).validate(.null) == .success(.null))
    }

    @Test func streamsCheckPayloadsAndNames() throws {
        let streams = StreamValidator(streams: [param(.boolean, "hello"), param(.enum, "pick", members: [("b", ["x": 2])])])
        let invalid = try #require(streams.validate(name: "hello", value: "what").failureValue)
        #expect(invalid.kind == .invalidValue)
        #expect(invalid.message == #"Stream Parameter Error: "hello". Please make sure the data type you are sending to the stream matches the definition for the stream in the function."#)
        #expect(invalid.details.map { JSONValue.object($0).jsonString() }
            == #"{"hello":{"message":"invalid value: \"what\" (string), expected (boolean)","invalid":true,"expected":{"type":"boolean"},"actual":{"value":"what","type":"string"}}}"#)
        let unknown = try #require(streams.validate(name: "hello2", value: true).failureValue)
        #expect(unknown.kind == .unknownStream)
        #expect(unknown.message == #"No such stream "hello2" in function definition. Please use the syntax "@stream {string} name description" after @params to define a stream."#)
        #expect(streams.validate(name: "pick", value: "b") == .success(["x": 2]))
        #expect(streams.validate(name: "@stdout", value: "log") == .success("log"))
    }
}
