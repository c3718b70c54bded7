import Testing
@testable import InstantAPICore

extension ParametersTests {
    /// The byte-level reading of `Content-Type` against the Character-level one it replaces.
    @Suite struct ContentTypeTests {
        static let headers = [
            "application/json", "Application/JSON", "APPLICATION/JSON", " application/json ", "\tapplication/json\r\n",
            "application/json; charset=utf-8", "application/json;charset=\"utf-8\"", "application/json ;", ";", "",
            "   ", "\u{0B}text/plain\u{0C}", "\u{1C}text/plain", "text/plain\u{1F}", "multipart/form-data; boundary=AbC",
            "application/x-www-form-urlencoded", "Application/X-WWW-Form-URLEncoded ; charset=UTF-8", "text/xml",
            "application/vnd.api+json", "foo/bar;a=b;c=d", "a;b;c", "application/jsonx", "application/jso",
            // Non-ASCII: Unicode whitespace is trimmed, combining marks join the character before them.
            "\u{A0}application/json\u{2003}", "\u{3000}TEXT/PLAIN\u{85}", "application/json\u{301}",
            " \u{301}application/json", "application/json;\u{301}charset=utf-8", "application/json; name=\"é\"",
            "APPLİCATION/JSON", "text/plain\u{2028}; charset=utf-8",
        ]

        @Test(arguments: headers)
        func readsLikeCharacters(header: String) {
            let bytes = ContentType(header)
            let characters = ContentType(characters: header)
            #expect(bytes.mediaType == characters.mediaType)
            #expect(bytes.parameterText == characters.parameterText)
            #expect(bytes.parameter("charset") == characters.parameter("charset"))
        }

        @Test(arguments: [
            ("application/json", "application/json", ""), (" APPLICATION/Json ; charset=utf-8", "application/json", " charset=utf-8"),
            ("\u{A0}application/json\u{2003}", "application/json", ""), ("\u{1C}text/plain", "\u{1C}text/plain", ""),
            ("Foo/Bar;x", "foo/bar", "x"), ("\r\n", "", ""), ("application/json\u{301}", "application/json\u{301}", ""),
        ])
        func mediaTypeAndParameters(header: String, mediaType: String, parameters: String) {
            let type = ContentType(header)
            #expect(type.mediaType == mediaType)
            #expect(type.parameterText == parameters[...])
        }

        @Test func nonASCIIWhitespaceAroundJSONStillParses() throws {
            let body = Array(#"{"a":1}"#.utf8)
            for header in ["\u{A0}application/json", "application/json\u{3000}", "\u{2003}APPLICATION/JSON\u{2003};charset=utf-8"] {
                let parsed = try BodyParser.parse(method: "POST", contentType: header, body: body, convertStrings: false)
                #expect(parsed.parameters == ["a": 1])
            }
        }

        @Test(arguments: [
            ("GET", true), ("get", true), ("Get", true), ("DELETE", true), ("delete", true), ("POST", false),
            ("GETS", false), ("GE", false), ("", false), ("PUT", false), ("dElEtE", true), ("gét", false), ("ǵet", false),
        ])
        func urlencodedMethodsAsUppercased(method: String, expected: Bool) {
            #expect(BodyParser.isURLEncodedMethod(method) == expected)
            let upper = method.uppercased()
            #expect(BodyParser.isURLEncodedMethod(method) == (upper == "GET" || upper == "DELETE"))
        }

        @Test func lowercaseMethodsParseBodiesAsURLEncoded() throws {
            let parsed = try BodyParser.parse(method: "get", contentType: nil, body: Array("a=1".utf8), convertStrings: false)
            #expect(parsed.parameters == ["a": "1"])
            #expect(parsed.convertible)
        }
    }
}
