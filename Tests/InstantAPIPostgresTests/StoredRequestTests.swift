import Foundation
import HTTPTypes
import Testing

@testable import InstantAPIPostgres

/// ``StoredRequest``: a request head as the queue table keeps it, read back exactly (header
/// order and spelling included), and every unreadable text refused with `Unreadable`.
@Suite("StoredRequest")
struct StoredRequestTests {
    /// The fields as they are on the wire: raw names, values, in order.
    static func wire(_ fields: HTTPFields) -> [[String]] {
        fields.map { [$0.name.rawName, $0.value] }
    }

    static func fields(_ pairs: [(String, String)]) -> HTTPFields {
        var fields = HTTPFields()
        for (name, value) in pairs { fields.append(HTTPField(name: HTTPField.Name(name)!, value: value)) }
        return fields
    }

    @Test func roundTripKeepsRepeatedAndMixedCaseHeadersInOrder() throws {
        let pairs = [
            ("Content-Type", "application/json"),
            ("X-Custom", "one"),
            ("Accept", "*/*"),
            ("x-custom", "two"),
            ("X-CUSTOM", "three"),
            ("Cookie", "a=1"),
            ("cookie", "b=2"),
            ("X-Empty", ""),
            ("X-Quoted", #"say "hi" \ back\slash"#),
            ("X-Unicode", "héllo wörld ✓"),
        ]
        let head = HTTPRequest(
            method: .post, scheme: "https", authority: "example.com:8443", path: "/v1/items/?a=1&b=%20",
            headerFields: Self.fields(pairs))
        let decoded = try StoredRequest.decode(StoredRequest.encode(head))
        #expect(decoded == head)
        #expect(decoded.method == .post)
        #expect(decoded.scheme == "https")
        #expect(decoded.authority == "example.com:8443")
        #expect(decoded.path == "/v1/items/?a=1&b=%20")
        #expect(Self.wire(decoded.headerFields) == pairs.map { [$0.0, $0.1] })
        #expect(decoded.headerFields[values: .cookie] == ["a=1", "b=2"])
    }

    @Test func theStoredShape() throws {
        let head = HTTPRequest(
            method: .get, scheme: "http", authority: "localhost", path: "/x/",
            headerFields: Self.fields([("Host", "localhost"), ("X-A", "1"), ("x-a", "2")]))
        #expect(
            StoredRequest.encode(head)
                == #"{"method":"GET","scheme":"http","authority":"localhost","path":"/x/","headers":[["Host","localhost"],["X-A","1"],["x-a","2"]]}"#
        )
    }

    @Test func absentPartsAreNullAndReadBackAbsent() throws {
        let head = HTTPRequest(method: .options, scheme: nil, authority: nil, path: nil, headerFields: [:])
        let text = StoredRequest.encode(head)
        #expect(text == #"{"method":"OPTIONS","scheme":null,"authority":null,"path":null,"headers":[]}"#)
        let decoded = try StoredRequest.decode(text)
        #expect(decoded == head)
        #expect(decoded.scheme == nil && decoded.authority == nil && decoded.path == nil)
        #expect(decoded.headerFields.isEmpty)
    }

    /// Only `method` and `headers` are required; the rest may be missing.
    @Test func minimalDocument() throws {
        let decoded = try StoredRequest.decode(#"{"method":"DELETE","headers":[]}"#)
        #expect(decoded.method == .delete)
        #expect(decoded.path == nil)
    }

    @Test(arguments: ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "PROPFIND", "X-CUSTOM-METHOD"])
    func methodsRoundTrip(_ name: String) throws {
        let method = try #require(HTTPRequest.Method(name))
        let head = HTTPRequest(method: method, scheme: "http", authority: "h", path: "/", headerFields: [:])
        #expect(try StoredRequest.decode(StoredRequest.encode(head)).method.rawValue == name)
    }

    @Test func manyHeadersRoundTrip() throws {
        let pairs = (0..<500).map { ("X-Header-\($0 % 7)", "value \($0)") }
        let head = HTTPRequest(method: .put, scheme: "http", authority: "h", path: "/", headerFields: Self.fields(pairs))
        let decoded = try StoredRequest.decode(StoredRequest.encode(head))
        #expect(Self.wire(decoded.headerFields) == pairs.map { [$0.0, $0.1] })
    }

    /// A stored value with a line break cannot smuggle another header in: it stays one field
    /// (HTTPTypes turns the illegal bytes into spaces).
    @Test func aLineBreakInAStoredValueStaysOneField() throws {
        let decoded = try StoredRequest.decode(#"{"method":"GET","headers":[["X-A","a\r\nInjected: yes"]]}"#)
        #expect(decoded.headerFields.count == 1)
        #expect(decoded.headerFields[HTTPField.Name("Injected")!] == nil)
        let value = try #require(decoded.headerFields[HTTPField.Name("X-A")!])
        #expect(!value.contains("\r") && !value.contains("\n"))
    }

    static let deep = 100_000

    static let malformed: [(String, String)] = [
        ("empty", ""),
        ("not JSON", "not json"),
        ("truncated", #"{"method":"GET","headers":["#),
        ("an array", "[]"),
        ("null", "null"),
        ("a string", #""GET""#),
        ("a number", "42"),
        ("missing method", #"{"headers":[]}"#),
        ("null method", #"{"method":null,"headers":[]}"#),
        ("numeric method", #"{"method":5,"headers":[]}"#),
        ("empty method", #"{"method":"","headers":[]}"#),
        ("method with a space", #"{"method":"GE T","headers":[]}"#),
        ("method with a line break", #"{"method":"GET\r\n","headers":[]}"#),
        ("method with parentheses", #"{"method":"(GET)","headers":[]}"#),
        ("non-ASCII method", #"{"method":"GÉT","headers":[]}"#),
        ("missing headers", #"{"method":"GET"}"#),
        ("null headers", #"{"method":"GET","headers":null}"#),
        ("headers an object", #"{"method":"GET","headers":{"a":"b"}}"#),
        ("headers a string", #"{"method":"GET","headers":"a: b"}"#),
        ("pair of one", #"{"method":"GET","headers":[["a"]]}"#),
        ("pair of three", #"{"method":"GET","headers":[["a","b","c"]]}"#),
        ("empty pair", #"{"method":"GET","headers":[[]]}"#),
        ("pair a string", #"{"method":"GET","headers":["a"]}"#),
        ("pair null", #"{"method":"GET","headers":[null]}"#),
        ("pair an object", #"{"method":"GET","headers":[{"a":"b"}]}"#),
        ("numeric name", #"{"method":"GET","headers":[[1,"b"]]}"#),
        ("numeric value", #"{"method":"GET","headers":[["a",2]]}"#),
        ("null value", #"{"method":"GET","headers":[["a",null]]}"#),
        ("array value", #"{"method":"GET","headers":[["a",["b"]]]}"#),
        ("a bad pair after good ones", #"{"method":"GET","headers":[["a","1"],["b","2"],["c"]]}"#),
        ("empty name", #"{"method":"GET","headers":[["","v"]]}"#),
        ("name with a space", #"{"method":"GET","headers":[["bad name","v"]]}"#),
        ("name with a colon", #"{"method":"GET","headers":[["x:y","v"]]}"#),
        ("pseudo-header name", #"{"method":"GET","headers":[[":path","/"]]}"#),
        ("name with a line break", #"{"method":"GET","headers":[["a\r\nb","v"]]}"#),
        ("non-ASCII name", #"{"method":"GET","headers":[["näme","v"]]}"#),
        ("huge nesting", String(repeating: "[", count: deep) + String(repeating: "]", count: deep)),
        ("huge unclosed nesting", String(repeating: "[", count: deep)),
        ("huge nested objects", String(repeating: #"{"a":"#, count: deep) + "1" + String(repeating: "}", count: deep)),
        (
            "huge nesting as headers",
            #"{"method":"GET","headers":"# + String(repeating: "[", count: deep) + String(repeating: "]", count: deep) + "}"
        ),
        (
            "huge nesting as a header value",
            #"{"method":"GET","headers":[["a","# + String(repeating: "[", count: deep) + String(repeating: "]", count: deep) + "]]}"
        ),
        ("nesting within the parser's limit as a header value", #"{"method":"GET","headers":[["a","# + String(repeating: "[", count: 400) + String(repeating: "]", count: 400) + "]]}"),
    ]

    @Test(arguments: malformed.indices)
    func malformedTextIsUnreadable(_ index: Int) {
        let (name, text) = Self.malformed[index]
        #expect(throws: StoredRequest.Unreadable.self, "\(name)") {
            try StoredRequest.decode(text)
        }
    }

    @Test func unreadableSaysWhatIsWrong() {
        let notJSON = #expect(throws: StoredRequest.Unreadable.self) { try StoredRequest.decode("nope") }
        #expect(notJSON?.description == "A stored request is not readable")
        let badHeader = #expect(throws: StoredRequest.Unreadable.self) {
            try StoredRequest.decode(#"{"method":"GET","headers":[["a"]]}"#)
        }
        #expect(badHeader?.description == "A stored request has an unreadable header")
    }
}
