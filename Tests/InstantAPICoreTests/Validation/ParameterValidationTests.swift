import Testing
@testable import InstantAPICore

@Suite struct ParameterValidationTests {
    let numbers = ParameterValidator(parameters: [param(.number, "a"), param(.number, "b"), param(.number, "c", defaultValue: 3)])

    @Test func oneInvalidParameterMatchesTheCapture() throws {
        let error = try #require(numbers.validate(RequestParameters(values: ["a": 10, "b": 20, "c": "30"])).failureValue)
        #expect(error.message == #"Invalid parameter "c": invalid value: "30" (string), expected (number)"#)
        #expect(JSONValue.object(error.details).jsonString()
            == #"{"c":{"message":"invalid value: \"30\" (string), expected (number)","invalid":true,"expected":{"type":"number"},"actual":{"value":"30","type":"string"}}}"#)
    }

    @Test func severalFailuresAreListedInDeclarationOrder() throws {
        let error = try #require(numbers.validate(RequestParameters(values: ["b": "y", "a": "x"])).failureValue)
        #expect(error.message == #"Invalid parameters "a", "b", see details for more information"#)
        #expect(Array(error.details.keys) == ["a", "b"])
        let missing = try #require(numbers.validate(RequestParameters()).failureValue)
        #expect(JSONValue.object(missing.details).jsonString()
            == #"{"a":{"message":"required","required":true},"b":{"message":"required","required":true}}"#)
    }

    @Test func defaultsReplaceMissingAndNullAndUndeclaredPassThrough() throws {
        let input = RequestParameters(values: ["extra": "raw", "c": .null, "b": 2, "a": 1], convertible: ["extra"])
        let output = try numbers.validate(input).get()
        #expect(JSONValue.object(output).jsonString() == #"{"a":1,"b":2,"c":3,"extra":"raw"}"#)
    }

    @Test func nullWithoutDefaultIsInvalidNotRequired() {
        #expect(validateOne(param(.string, "s"), .null).failureValue
            == #"{"s":{"message":"invalid value: null (any), expected (string)","invalid":true,"expected":{"type":"string"},"actual":{"value":null,"type":"any"}}}"#)
        #expect(validateOne(param(.string, "s", nullable: true), .null) == .success(.null))
    }

    @Test func optionsAreListedInTheMessageAndExpectedValues() {
        let parameter = param(.string, "o", options: ["one", "two", "three"])
        #expect(validateOne(parameter, "four").failureValue
            == #"{"o":{"message":"invalid value: \"four\" (string), expected (string) matching one of [\"one\",\"two\",\"three\"]","invalid":true,"expected":{"type":"string","values":["one","two","three"]},"actual":{"value":"four","type":"string"}}}"#)
    }

    @Test func enumsMapKeysToValues() {
        let e = param(.enum, "e", members: [("a", 0), ("b", ["x": 2])])
        #expect(validateOne(e, "b") == .success(["x": 2]))
        #expect(validateOne(e, "c").failureValue
            == #"{"e":{"message":"invalid value: \"c\" (string), expected (enum)","invalid":true,"expected":{"type":"enum","members":[["a",0],["b",{"x":2}]]},"actual":{"value":"c","type":"string"}}}"#)
        #expect(validateOne(param(.enum, "e", defaultValue: "a", members: [("a", 0)]), nil) == .success(0))
        #expect(validateOne(param(.enum, "e", nullable: true, members: [("a", 0)]), .null) == .success(.null))
    }

    @Test func deepMismatchMatchesTheCapture() throws {
        let post = param(.object, "post", schema: [param(.string, "title"), param(.array, "messages", schema: [param(.string)])])
        let user = param(.object, "user", schema: [param(.array, "posts", schema: [post])])
        let userData = param(.object, "userData", schema: [user])
        let value: JSONValue = ["user": ["posts": [["title": "sup", "messages": ["hey", "there", 7]]]]]
        let error = try #require(ParameterValidator(parameters: [userData]).validate(RequestParameters(values: ["userData": value])).failureValue)
        let expected = """
            {
              "userData": {
                "message": "invalid value: {\\n  \\"user\\": {\\n    \\"posts\\": [\\n      {\\n        \\"title\\": \\"sup\\",\\n        \\"messages\\": [\\n          \\"hey\\",\\n          \\"there\\",\\n          7\\n        ]\\n      }\\n    ]\\n  }\\n} (object), expected (object)",
                "invalid": true,
                "mismatch": "userData.user.posts[0].messages[2]",
                "expected": {
                  "type": "object",
                  "schema": [
                    {
                      "type": "object",
                      "name": "user",
                      "description": "",
                      "schema": [
                        {
                          "type": "array",
                          "name": "posts",
                          "description": "",
                          "schema": [
                            {
                              "type": "object",
                              "name": "post",
                              "description": "",
                              "schema": [
                                {
                                  "type": "string",
                                  "name": "title",
                                  "description": ""
                                },
                                {
                                  "type": "array",
                                  "name": "messages",
                                  "description": "",
                                  "schema": [
                                    {
                                      "type": "string",
                                      "name": "",
                                      "description": ""
                                    }
                                  ]
                                }
                              ]
                            }
                          ]
                        }
                      ]
                    }
                  ]
                },
                "actual": {
                  "value": {
                    "user": {
                      "posts": [
                        {
                          "title": "sup",
                          "messages": [
                            "hey",
                            "there",
                            7
                          ]
                        }
                      ]
                    }
                  },
                  "type": "object"
                }
              }
            }
            """
        #expect(JSONValue.object(error.details).jsonString(pretty: true) == expected)
    }

    static let paths: [(JSONValue, String)] = [
        (["num": "x"], "beta.num"),
        (["num": 1, "obj": ["num": "x"]], "beta.obj.num"),
        (["num": 1], "beta.obj"),
        (["num": 1, "obj": 5], "beta.obj"),
        (["num": 1, "obj": ["num": 1, "list": "x"]], "beta.obj.list[]"),
        (["num": 1, "obj": ["num": 1, "list": [1, "x"]]], "beta.obj.list[1]"),
        ("text", "beta"),
    ]

    @Test(arguments: paths)
    func mismatchPaths(value: JSONValue, path: String) throws {
        let beta = param(.object, "beta", schema: [
            param(.number, "num"),
            param(.object, "obj", schema: [param(.number, "num"), param(.array, "list", nullable: true, schema: [param(.number)])]),
        ])
        let failure = try #require(validateOne(beta, value).failureValue)
        #expect(failure.contains(#""mismatch":"\#(path)""#), "\(failure)")
    }

    @Test func scalarsAtTheTopHaveNoMismatch() throws {
        #expect(try #require(validateOne(param(.number, "n"), "x").failureValue).contains("mismatch") == false)
        #expect(try #require(validateOne(param(.array, "arr"), "x").failureValue).contains(#""mismatch":"arr[]""#))
        let rows = param(.array, "arr", schema: [param(.object, schema: [param(.number, "num")])])
        #expect(try #require(validateOne(rows, [["num": 1], ["num": "2"]]).failureValue).contains(#""mismatch":"arr[1].num""#))
    }

    @Test func alternateSchemasAppearInExpected() throws {
        let object = param(.object, "f", schema: [param(.string, "name")], alternateSchemas: [[param(.number, "id")]])
        let failure = try #require(validateOne(object, [:]).failureValue)
        #expect(failure.contains(#""expected":{"type":"object","schema":[{"type":"string","name":"name","description":""}],"alternateSchemas":[[{"type":"number","name":"id","description":""}]]}"#))
        #expect(failure.contains(#""mismatch":"f.name""#))
    }

    @Test func buffersAreShownByLength() {
        #expect(validateOne(param(.string, "s"), .buffer([1, 2, 3])).failureValue
            == #"{"s":{"message":"invalid value: Buffer[3] (buffer), expected (string)","invalid":true,"expected":{"type":"string"},"actual":{"value":{"_base64":"AQID"},"type":"buffer"}}}"#)
    }
}
