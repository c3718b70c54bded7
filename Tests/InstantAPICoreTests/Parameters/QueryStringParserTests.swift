import Testing
@testable import InstantAPICore

extension ParametersTests {
    @Suite struct QueryStringParserTests {
        static func json(_ query: String) throws -> String {
            JSONValue.object(try QueryStringParser.parse(query[...])).jsonString()
        }

        static func error(_ query: String) -> String? {
            do {
                _ = try QueryStringParser.parse(query[...])
                return nil
            } catch {
                return error.message
            }
        }

        /// Node `querystring.parse` splitting and decoding, and the upstream tests of §4.3.
        @Test(arguments: [
            ("", #"{}"#),
            ("a=1&b=2", #"{"a":"1","b":"2"}"#),
            ("a", #"{"a":""}"#),
            ("a=", #"{"a":""}"#),
            ("=1", #"{"":"1"}"#),
            ("=", #"{"":""}"#),
            ("&&", #"{}"#),
            ("&a", #"{"a":""}"#),
            ("a=1&&b=2", #"{"a":"1","b":"2"}"#),
            ("a=1=2", #"{"a":"1=2"}"#),
            ("a+b=c+d", #"{"a b":"c d"}"#),
            ("plus=a+b&pct=a%2Bb", #"{"plus":"a b","pct":"a+b"}"#),
            ("%zz=%", #"{"%zz":"%"}"#),
            ("%41%4", #"{"A%4":""}"#),
            ("a=%2", #"{"a":"%2"}"#),
            ("a=%u0041", #"{"a":"%u0041"}"#),
            ("b=%F0%9F%98%80&c=%f0%9f%98%80", #"{"b":"😀","c":"😀"}"#),
            ("a=%E2%82", #"{"a":"\#u{FFFD}"}"#),
            ("a=%ED%A0%80", #"{"a":"\#u{FFFD}\#u{FFFD}\#u{FFFD}"}"#),
            ("a=%C3%28", #"{"a":"\#u{FFFD}("}"#),
            ("a=é", #"{"a":"é"}"#),
            ("arr=1&arr=2", #"{"arr":["1","2"]}"#),
            ("a&a=1&a", #"{"a":["","1",""]}"#),
            ("a=1&b=2&a=3", #"{"a":["1","3"],"b":"2"}"#),
            ("x=%7B%22a%22%3A1%7D", #"{"x":"{\"a\":1}"}"#),
            ("arr=1&arr=2&x=%7B%22a%22%3A1%7D&d.e.f=t&n=5&e=&plus=a+b",
             #"{"arr":["1","2"],"x":"{\"a\":1}","d":{"e":{"f":"t"}},"n":"5","e":"","plus":"a b"}"#),
            ("a[]=1&a[]=2&a[]=3", #"{"a":["1","2","3"]}"#),
            ("a[1]=1&a[0]=2&a[]=100&a[5]=3&a[]=7", #"{"a":["2","1",null,null,null,"3","100","7"]}"#),
            ("b.lol=1&b.wat=23", #"{"b":{"lol":"1","wat":"23"}}"#),
            ("b.lol=1&b.wat=23&b.cool.beans=hi", #"{"b":{"lol":"1","wat":"23","cool":{"beans":"hi"}}}"#),
            ("b.cool.beans[]=hi", #"{"b":{"cool":{"beans":["hi"]}}}"#),
            ("b.cool[].beans=hi", #"{"b":{"cool":[{"beans":"hi"}]}}"#),
            ("b.cool[][].beans=hi", #"{"b":{"cool":[[{"beans":"hi"}]]}}"#),
            ("b.cool[]=hi&b.cool[]=anotheritem", #"{"b":{"cool":["hi","anotheritem"]}}"#),
            ("a%5B%5D=1&a%5B%5D=2", #"{"a":["1","2"]}"#),
            ("a[0]=1&a[0]=2", #"{"a":[["1","2"]]}"#),
            ("b.x=1&b.x=2", #"{"b":{"x":["1","2"]}}"#),
            ("a[2]=x", #"{"a":[null,null,"x"]}"#),
            ("a[0]=x&a[00]=y&a[+1]=z", "ERR"),
            ("[0]=x", #"{"":["x"]}"#),
            ("a..b=1", #"{"a":{"":{"b":"1"}}}"#),
            (".a=1", #"{"":{"a":"1"}}"#),
            ("a]=1", #"{"a]":"1"}"#),
            ("a]]=1", #"{"a]]":"1"}"#),
            ("a[=1", #"{"a[":"1"}"#),
            ("a[.b]=1", #"{"a":{".b":"1"}}"#),
            ("a[x[y]=1", #"{"a":{"x[y":"1"}}"#),
            ("a[b]c[d]=1", #"{"a[b]c":{"d":"1"}}"#),
            ("x][a]=1", #"{"x]":{"a":"1"}}"#),
            ("a[0].x=1&a[0].y=2", #"{"a":[{"x":"1","y":"2"}]}"#),
            ("a[1.0]=x", #"{"a":[null,"x"]}"#),
            ("a[1e1]=x", #"{"a":[null,null,null,null,null,null,null,null,null,null,"x"]}"#),
            ("a[-0]=x", #"{"a":["x"]}"#),
            ("a[65535]=x&b=1", "LEN"),
        ])
        func parses(query: String, expected: String) throws {
            switch expected {
            case "ERR":
                #expect(Self.error(query) == "a[00]: already set")
            case "LEN":
                let result = try QueryStringParser.parse(query[...])
                #expect(result["a"]?.arrayValue?.count == 65536)
                #expect(result["a"]?.arrayValue?.last == "x")
                #expect(result["b"] == "1")
            default:
                #expect(try Self.json(query) == expected)
            }
        }

        /// SPEC §3: bracket object syntax, mixable with dots, pushes and indices.
        @Test(arguments: [
            ("obj[a]=1&obj[b]=2", #"{"obj":{"a":"1","b":"2"}}"#),
            ("o[a]=1&o[b]=2", #"{"o":{"a":"1","b":"2"}}"#),
            ("obj[a].b=1", #"{"obj":{"a":{"b":"1"}}}"#),
            ("obj[a][]=1&obj[a][]=2", #"{"obj":{"a":["1","2"]}}"#),
            ("obj[a][0]=1", #"{"obj":{"a":["1"]}}"#),
            ("obj.a[b]=1&obj[a].c=2", #"{"obj":{"a":{"b":"1","c":"2"}}}"#),
            ("obj[a][b][c]=1", #"{"obj":{"a":{"b":{"c":"1"}}}}"#),
            ("a[][x]=1", #"{"a":[{"x":"1"}]}"#),
            ("a[0][x]=1&a[0][y]=2", #"{"a":[{"x":"1","y":"2"}]}"#),
            ("obj[a]=1&obj[a]=2", #"{"obj":{"a":["1","2"]}}"#),
            ("obj[ 1]=x", #"{"obj":{" 1":"x"}}"#),
            ("obj[one two]=x", #"{"obj":{"one two":"x"}}"#),
            ("obj[a.b]=1", #"{"obj":{"a.b":"1"}}"#),
            ("obj%5Ba%5D=1", #"{"obj":{"a":"1"}}"#),
            ("a[e1]=1", #"{"a":{"e1":"1"}}"#),
            ("a[.]=1", #"{"a":{".":"1"}}"#),
            ("a[-]=1", #"{"a":{"-":"1"}}"#),
        ])
        func parsesBracketObjects(query: String, expected: String) throws {
            #expect(try Self.json(query) == expected)
        }

        /// Every error of §4.3, with SPEC §3's undoubled brackets.
        @Test(arguments: [
            ("a[1.5]=1", "a[1.5]: Array indices in URL encoded values must be integer values"),
            ("a[-1]=1", "a[-1]: Array indices in URL encoded values must be > 0"),
            ("a[-1.5]=1", "a[-1.5]: Array indices in URL encoded values must be integer values"),
            ("a[-70000]=1", "a[-70000]: Array indices in URL encoded values must be > 0"),
            ("a[70000]=1", "a[70000]: Array indices in URL encoded values limited to 65535"),
            ("a[65536]=1", "a[65536]: Array indices in URL encoded values limited to 65535"),
            ("a[99999999999999999999999]=1", "a[99999999999999999999999]: Array indices in URL encoded values limited to 65535"),
            ("a[1e400]=1", "a[1e400]: Array indices in URL encoded values limited to 65535"),
            ("b.c[0][-1]=1", "b.c[0][-1]: Array indices in URL encoded values must be > 0"),
            ("a[]=1&a[]=2&a=[1,2,3]", "a: already set"),
            ("c=1&c.field=1", #"c: can not set subfield "field" on value "1""#),
            ("c=1&c=2&c.field=1", #"c: can not set subfield "field" on value "1,2""#),
            ("c=1&c[field]=1", #"c: can not set subfield "field" on value "1""#),
            ("b.field=1&b.field.test=2", #"b.field: can not set subfield "test" on value "1""#),
            ("b.cool[]=hi&b.cool=hi", "b.cool: already set"),
            ("b.cool.beans=hi&b.cool=beans", "b.cool: already set"),
            ("b.lol=1&b={}", "b: already set"),
            ("a=1&a[]=2", "a[]: already set, can not set as Array"),
            ("a=1&a[0]=2", "a[0]: already set, can not set as Array"),
            ("a.b=1&a[]=2", "a[]: already set, can not set as Array"),
            ("a[x]=1&a[0]=2", "a[0]: already set, can not set as Array"),
            ("b.c=1&b.c[0].d=2", "b.c[0]: already set, can not set as Array"),
            ("a[]=1&a.b=2", "a: already set as Array, can not set as Object"),
            ("a[]=1&a[x]=2", "a: already set as Array, can not set as Object"),
            ("a[0][]=1&a[0].b=2", "a[0]: already set as Array, can not set as Object"),
            ("a[0]=1&a[0].b=2", #"a[0]: can not set subfield "b" on value "1""#),
            ("a[0].b=1&a[0]=2", "a[0]: already set"),
            ("a[0]=1&a[00]=2", "a[00]: already set"),
            ("obj[a]=1&obj.a=2", "obj.a: already set"),
        ])
        func reportsErrors(query: String, message: String) {
            #expect(Self.error(query) == message)
        }

        @Test func limitsNesting() {
            let deep = Array(repeating: "a", count: 40).joined(separator: ".") + "=1"
            let message = Self.error(deep)
            #expect(message?.hasSuffix(": URL encoded keys are limited to 32 levels of nesting") == true)
            let brackets = "a" + String(repeating: "[]", count: 40) + "=1"
            #expect(Self.error(brackets)?.hasSuffix("limited to 32 levels of nesting") == true)
            let ok = Array(repeating: "a", count: 32).joined(separator: ".") + "=1"
            #expect(Self.error(ok) == nil)
        }

        @Test func limitsArrayAllocation() {
            let query = (0..<40).map { "k\($0)[65535]=1" }.joined(separator: "&")
            let message = Self.error(query)
            #expect(message?.contains("may not create more than 1048576 array elements") == true)
        }

        @Test func readsAtMostOneThousandPairs() throws {
            let many = (0..<1005).map { "k\($0)=1" }.joined(separator: "&")
            #expect(try QueryStringParser.parse(many[...]).count == 1000)
            let repeated = Array(repeating: "a=1", count: 1005).joined(separator: "&")
            #expect(try QueryStringParser.parse(repeated[...])["a"]?.arrayValue?.count == 1000)
            #expect(try Self.json(String(repeating: "&", count: 999) + "z=1") == #"{"z":"1"}"#)
            #expect(try Self.json(String(repeating: "&", count: 1000) + "z=1") == #"{}"#)
        }

        @Test func handlesHugeInputsQuickly() throws {
            let longKey = String(repeating: "[", count: 200_000) + "]=1"
            _ = try? QueryStringParser.parse(longKey[...])
            let dots = String(repeating: ".", count: 200_000) + "=1"
            #expect(Self.error(dots) != nil)
            let longValue = "a=" + String(repeating: "%41", count: 100_000)
            #expect(try QueryStringParser.parse(longValue[...])["a"]?.stringValue?.count == 100_000)
        }

        @Test func parsesSubstrings() throws {
            let url = "/path?a=1&b[]=2#frag"
            let start = url.index(after: try #require(url.firstIndex(of: "?")))
            let end = try #require(url.firstIndex(of: "#"))
            #expect(JSONValue.object(try QueryStringParser.parse(url[start..<end])).jsonString() == #"{"a":"1","b":["2"]}"#)
        }
    }
}
