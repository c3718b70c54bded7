import Testing
@testable import InstantAPICore

extension ParametersTests {
    @Suite struct BodyParserTests {
        static func parse(
            _ method: String = "POST", _ contentType: String?, _ body: String, convertStrings: Bool = false
        ) throws(ParameterParseError) -> ParsedBody {
            try BodyParser.parse(method: method, contentType: contentType, body: Array(body.utf8), convertStrings: convertStrings)
        }

        static func error(_ method: String = "POST", _ contentType: String?, _ body: String) -> String? {
            do {
                _ = try parse(method, contentType, body)
                return nil
            } catch {
                return error.message
            }
        }

        static func params(_ parsed: ParsedBody) -> String { JSONValue.object(parsed.parameters).jsonString() }

        @Test func requiresContentTypeForPostAndPut() {
            #expect(Self.error("POST", nil, "") == #"Must supply "Content-Type" header"#)
            #expect(Self.error("POST", nil, "a=1") == #"Must supply "Content-Type" header"#)
            #expect(Self.error("PUT", nil, "{}") == #"Must supply "Content-Type" header"#)
        }

        @Test func emptyBodyGivesNoParameters() throws {
            for type in ["application/json", "text/plain", "multipart/form-data", "application/xml", "foo/bar"] {
                let parsed = try Self.parse("POST", type, "")
                #expect(parsed.parameters.isEmpty)
                #expect(parsed.json == nil)
            }
        }

        /// §4.1: GET and DELETE bodies are urlencoded, whatever the header.
        @Test func getAndDeleteBodiesAreURLEncoded() throws {
            let get = try Self.parse("GET", "application/json", #"{"a":1}"#)
            #expect(Self.params(get) == #"{"{\"a\":1}":""}"#)
            #expect(get.convertible)
            #expect(get.json == ["a": 1])
            let delete = try Self.parse("DELETE", nil, "a=1&b[]=2")
            #expect(Self.params(delete) == #"{"a":"1","b":["2"]}"#)
            #expect(try Self.parse("GET", nil, "").parameters.isEmpty)
            #expect(Self.error("GET", nil, "a=1&a[]=2") == "a[]: already set, can not set as Array")
        }

        @Test(arguments: [
            "application/x-www-form-urlencoded", "Application/X-WWW-Form-URLEncoded",
            " application/x-www-form-urlencoded ; charset=utf-8", "application/x-www-form-urlencoded;charset=UTF-8",
        ])
        func urlencodedBodies(type: String) throws {
            let parsed = try Self.parse("POST", type, "a=1&b.c=x+y&d[]=1")
            #expect(Self.params(parsed) == #"{"a":"1","b":{"c":"x y"},"d":["1"]}"#)
            #expect(parsed.convertible)
            #expect(parsed.json == nil)
        }

        @Test(arguments: [
            "application/json", "text/json", "Application/JSON", "application/json ; charset=utf-8", "\tAPPLICATION/json\t",
            "application/json;charset=\"utf-8\"",
        ])
        func jsonBodies(type: String) throws {
            let parsed = try Self.parse("POST", type, #"{"b":1,"a":{"x":[true,null]}}"#)
            #expect(Self.params(parsed) == #"{"b":1,"a":{"x":[true,null]}}"#)
            #expect(!parsed.convertible)
            #expect(parsed.json == .object(parsed.parameters))
            #expect(try Self.parse("PUT", type, "{}", convertStrings: true).convertible)
        }

        @Test(arguments: ["{bad", "lol", "{\"a\":1", "[1,]", "\u{FEFF}{}", "{} x", "   "])
        func invalidJSON(body: String) {
            #expect(Self.error("POST", "application/json", body) == "Invalid JSON")
        }

        /// §4.2: non-object JSON documents are enumerated like JavaScript's `for…in`.
        @Test(arguments: [
            ("[10,20,30]", #"{"0":10,"1":20,"2":30}"#, "[10,20,30]"),
            (#""hello""#, #"{"0":"h","1":"e","2":"l","3":"l","4":"o"}"#, #""hello""#),
            (#""hé""#, #"{"0":"h","1":"é"}"#, #""hé""#),
            ("true", "{}", "true"),
            ("1.2", "{}", "1.2"),
            ("null", "{}", "null"),
            ("[]", "{}", "[]"),
            (#""""#, "{}", #""""#),
        ])
        func nonObjectJSON(body: String, parameters: String, json: String) throws {
            let parsed = try Self.parse("POST", "application/json", body)
            #expect(Self.params(parsed) == parameters)
            #expect(parsed.json?.jsonString() == json)
        }

        @Test(arguments: [
            ("{}", "{}"),
            (#"{"a":1}"#, #"{"a":1}"#),
            (#""{\"a\":1}""#, #"{"a":1}"#),
            (#""{}""#, "{}"),
        ])
        func plainTextJSON(body: String, parameters: String) throws {
            for type in ["text/plain", "text/plain;charset=UTF-8", "Text/Plain"] {
                let parsed = try Self.parse("POST", type, body)
                #expect(Self.params(parsed) == parameters)
                #expect(parsed.json == (try JSONValue.parse(body)))
            }
        }

        @Test(arguments: ["lol", "[]", "[1]", "1", "true", "null", #""lol""#, #""[]""#, #""\"{}\"""#, "{"])
        func plainTextMustBeAnObject(body: String) {
            #expect(Self.error("POST", "text/plain", body) == "Invalid JSON: Must be an object")
        }

        /// Unknown types are ignored silently; the body is still offered as JSON if it is JSON.
        @Test func unknownTypesAreIgnored() throws {
            let octets = try Self.parse("POST", "application/octet-stream", "a=1")
            #expect(octets.parameters.isEmpty)
            #expect(octets.json == nil)
            let other = try Self.parse("POST", "application/vnd.api+json", #"{"a":1}"#)
            #expect(other.parameters.isEmpty)
            #expect(other.json == ["a": 1])
            #expect(try Self.parse("POST", "", "a=1").parameters.isEmpty)
            #expect(try Self.parse("POST", "application/octet-stream", "a", convertStrings: true).convertible)
        }

        @Test(arguments: [
            ("; boundary=abc", "boundary", "abc"),
            ("; Boundary=\"a b;c\"", "boundary", "a b;c"),
            (#"; name="a\"b"; filename="f.txt""#, "name", #"a"b"#),
            (#"; filename="x"; name=y"#, "name", "y"),
            ("; charset=utf-8", "boundary", nil),
            ("", "name", nil),
            ("; name", "name", nil),
            ("; name=\"unterminated", "name", "unterminated"),
        ] as [(String, String, String?)])
        func headerParameters(text: String, name: String, expected: String?) {
            #expect(HeaderParameters.value(of: name, in: text[...]) == expected)
        }

        @Test func mergesQueryThenBody() throws {
            let body = try Self.parse("POST", "application/json", #"{"b":2,"c":3}"#)
            let merged = try RequestParameters.merge(query: ["a": "1"], body: body)
            #expect(JSONValue.object(merged.values).jsonString() == #"{"a":"1","b":2,"c":3}"#)
            #expect(merged.convertible == ["a"])

            let form = try Self.parse("POST", "application/x-www-form-urlencoded", "b=2")
            let mergedForm = try RequestParameters.merge(query: ["a": "1"], body: form)
            #expect(mergedForm.convertible == ["a", "b"])

            let converted = try Self.parse("POST", "application/json", #"{"b":2}"#, convertStrings: true)
            #expect(try RequestParameters.merge(query: [:], body: converted).convertible == ["b"])
            #expect(try RequestParameters.merge(query: ["q": ""], body: ParsedBody()).values == ["q": ""])
        }

        @Test func mergeConflictIsAnError() throws {
            let body = try Self.parse("POST", "application/json", #"{"b":2,"a":2,"c":1}"#)
            #expect(throws: ParameterParseError("Can not specify \"a\" in both query and body parameters")) {
                try RequestParameters.merge(query: ["a": "1", "c": "1"], body: body)
            }
        }
    }
}
