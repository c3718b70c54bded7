import Foundation
@testable import InstantAPI
import InstantAPICore
import Testing

/// A real JSON-RPC exchange with `/server.mcp`: every method and every error case.
@Suite("MCP over HTTP")
struct MCPServerTests {
    static let jsonHeaders = ["Content-Type: application/json"] + corsBlock + [WellKnownRoutesTests.exposeWithContentType]

    /// The body as JSON, compared with `expected` (key order included).
    private func expectJSON(_ response: RawResponse, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(try JSONValue.parse(bytes: response.body) == JSONValue.parse(expected), sourceLocation: sourceLocation)
    }

    private func call(_ port: Int, _ method: String, _ params: String? = nil, id: String = "1") async throws -> RawResponse {
        let body = #"{"jsonrpc":"2.0","id":\#(id),"method":"\#(method)""# + (params.map { #","params":\#($0)"# } ?? "") + "}"
        return try await mcpPost(port, body)
    }

    @Test func httpLevelErrors() async throws {
        try await withWellKnownGateway { port in
            let get = try await RawHTTPClient.request(port: port, "GET", "/server.mcp")
            #expect(get.statusLine == "HTTP/1.1 405 Method Not Allowed")
            #expect(get.headerLines() == ["Content-Type: application/json", "Allow: POST"] + corsBlock + [
                "Access-Control-Expose-Headers: content-type, allow, x-instant-api, access-control-allow-origin, access-control-allow-methods, access-control-allow-headers, x-execution-uuid",
                "Content-Length: 114",
            ])
            #expect(get.bodyText == "{\n  \"jsonrpc\": \"2.0\",\n  \"id\": null,\n  \"error\": {\n    \"code\": -32601,\n    \"message\": \"HTTP GET not supported\"\n  }\n}")
            let delete = try await RawHTTPClient.request(port: port, "DELETE", "/server.mcp")
            try expectJSON(delete, #"{"jsonrpc":"2.0","id":null,"error":{"code":-32601,"message":"HTTP DELETE not supported"}}"#)

            for contentType in [nil, "text/plain", "application/jsonx"] {
                let response = try await mcpPost(port, #"{"jsonrpc":"2.0","id":1,"method":"ping"}"#, contentType: contentType)
                #expect(response.statusLine == "HTTP/1.1 400 Bad Request")
                #expect(response.headerLines() == corsBlock + [exposeWithoutUUID, "Content-Type: application/json", "Content-Length: 136"])
                #expect(response.bodyText.contains(#""message": "Invalid \"Content-Type\" header: expecting \"application/json\"""#))
            }
            for contentType in ["application/json; charset=utf-8", "Application/JSON", "text/json;charset=UTF-8"] {
                let response = try await mcpPost(port, #"{"jsonrpc":"2.0","id":1,"method":"ping"}"#, contentType: contentType)
                try expectJSON(response, #"{"jsonrpc":"2.0","id":1,"result":{}}"#)
            }
            // Unparsable JSON is JSON-RPC's parse error, with a null id (SPEC §3).
            for body in ["{bad", "", "[1,"] {
                let response = try await mcpPost(port, body)
                #expect(response.statusLine == "HTTP/1.1 400 Bad Request")
                try expectJSON(response, #"{"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"Parse error: the body is not valid JSON"}}"#)
            }
        }
    }

    @Test func invalidRequests() async throws {
        try await withWellKnownGateway { port in
            let cases: [(String, String)] = [
                ("{}", #"{"jsonrpc":"2.0","id":null,"error":{"code":-32600,"message":"Invalid request: invalid \"jsonrpc\" version, must be \"2.0\""}}"#),
                ("null", #"{"jsonrpc":"2.0","id":null,"error":{"code":-32600,"message":"Invalid request: expecting an object"}}"#),
                ("42", #"{"jsonrpc":"2.0","id":null,"error":{"code":-32600,"message":"Invalid request: expecting an object"}}"#),
                (#"{"jsonrpc":"1.0","id":3,"method":"ping"}"#, #"{"jsonrpc":"2.0","id":3,"error":{"code":-32600,"message":"Invalid request: invalid \"jsonrpc\" version, must be \"2.0\""}}"#),
                (#"{"jsonrpc":"2.0","id":[1],"method":"ping"}"#, #"{"jsonrpc":"2.0","id":null,"error":{"code":-32600,"message":"Invalid request: invalid \"id\", must be a string, number, or null"}}"#),
                (#"{"jsonrpc":"2.0","id":1,"method":""}"#, #"{"jsonrpc":"2.0","id":1,"error":{"code":-32600,"message":"Invalid request: invalid \"method\", must be a non-empty string"}}"#),
                (#"{"jsonrpc":"2.0","id":"a","method":7}"#, #"{"jsonrpc":"2.0","id":"a","error":{"code":-32600,"message":"Invalid request: invalid \"method\", must be a non-empty string"}}"#),
                (#"{"jsonrpc":"2.0","id":1,"method":"ping","params":[1]}"#, #"{"jsonrpc":"2.0","id":1,"error":{"code":-32600,"message":"Invalid request: invalid \"params\", must be an object, received: [1]"}}"#),
                (#"{"jsonrpc":"2.0","id":1,"method":"nope"}"#, #"{"jsonrpc":"2.0","id":1,"error":{"code":-32601,"message":"Method \"nope\" not found"}}"#),
            ]
            for (body, expected) in cases {
                let response = try await mcpPost(port, body)
                #expect(response.statusLine == "HTTP/1.1 200 OK")
                try expectJSON(response, expected)
            }
        }
    }

    @Test func notificationsBatchesAndBasics() async throws {
        try await withWellKnownGateway { port in
            let notification = try await mcpPost(port, #"{"jsonrpc":"2.0","method":"notifications/initialized"}"#)
            #expect(notification.statusLine == "HTTP/1.1 202 Accepted")
            #expect(notification.headerLines(excluding: ["date", "connection", "transfer-encoding"]) == ["Content-Type: text/plain"] + corsBlock + [WellKnownRoutesTests.exposeWithContentType])
            #expect(notification.body.isEmpty)
            for reply in [#"{"jsonrpc":"2.0","id":4,"method":"x","result":{}}"#, #"{"jsonrpc":"2.0","id":4,"result":{}}"#, #"{"jsonrpc":"2.0","id":"a","error":{"code":1,"message":"m"}}"#] {
                let response = try await mcpPost(port, reply)
                #expect(response.statusLine == "HTTP/1.1 202 Accepted")
                #expect(response.body.isEmpty)
            }

            let initialize = try await mcpPost(port, #"{"jsonrpc":"2.0","id":"abc","method":"initialize","params":{}}"#, path: "/server.mcp/")
            #expect(initialize.headerLines() == Self.jsonHeaders + ["Content-Length: 241"])
            try expectJSON(initialize, #"{"jsonrpc":"2.0","id":"abc","result":{"protocolVersion":"2025-11-25","capabilities":{"tools":{},"resources":{}},"serverInfo":{"name":"MyMCPServer","version":"1.0"}}}"#)
            for revision in ["2024-11-05", "2025-03-26", "2025-06-18", "2025-11-25", "2026-07-28", "1999-01-01"] {
                let asked = try await call(port, "initialize", #"{"protocolVersion":"\#(revision)"}"#)
                let answered = try JSONValue.parse(bytes: asked.body)["result"]?["protocolVersion"]?.stringValue
                #expect(answered == (revision.hasPrefix("202") && revision != "2026-07-28" ? revision : "2025-11-25"))
            }

            let ping = try await mcpPost(port, #"{"jsonrpc":"2.0","id":1,"method":"ping"}"#, contentType: "text/json")
            #expect(ping.bodyText == "{\n  \"jsonrpc\": \"2.0\",\n  \"id\": 1,\n  \"result\": {}\n}")

            // Batches (2025-03-26, assumed without a version header): notifications get no reply.
            let batch = try await mcpPost(port, #"[{"jsonrpc":"2.0","id":1,"method":"ping"},{"jsonrpc":"2.0","method":"notifications/x"},1,null,{"jsonrpc":"2.0","id":2,"method":"initialize"}]"#)
            try expectJSON(batch, #"""
                [{"jsonrpc":"2.0","id":1,"result":{}},
                 {"jsonrpc":"2.0","id":null,"error":{"code":-32600,"message":"Invalid request: expecting an object"}},
                 {"jsonrpc":"2.0","id":null,"error":{"code":-32600,"message":"Invalid request: expecting an object"}},
                 {"jsonrpc":"2.0","id":2,"error":{"code":-32600,"message":"Invalid request: \"initialize\" must not be part of a batch"}}]
                """#)
            let empty = try await mcpPost(port, "[]")
            #expect(empty.statusLine == "HTTP/1.1 400 Bad Request")
            try expectJSON(empty, #"{"jsonrpc":"2.0","id":null,"error":{"code":-32600,"message":"Invalid request: empty batch"}}"#)

            let templates = try await call(port, "resources/templates/list", id: "7")
            try expectJSON(templates, #"{"jsonrpc":"2.0","id":7,"result":{"resourceTemplates":[{"uriTemplate":"file://{path}","name":"Package files","description":"Files in this package","mimeType":"application/octet-stream"}]}}"#)
        }
    }

    @Test func toolsListAndCall() async throws {
        try await withWellKnownGateway { port in
            let list = try JSONValue.parse(bytes: try await call(port, "tools/list").body)
            let tools = try #require(list["result"]?["tools"]?.arrayValue)
            #expect(tools.map { $0["name"] } == ["-notfound", "blob", "items_get", "my_function", "pixel"])
            #expect(list["result"]?["nextCursor"] == nil)
            #expect(
                tools[3].jsonString()
                    == #"{"name":"my_function","description":"My function. Adds numbers","inputSchema":{"type":"object","properties":{"a":{"type":"number","default":1},"b":{"type":"number","default":2}}},"annotations":{"title":"My function"}}"#
            )

            try expectJSON(
                try await call(port, "tools/call", #"{"name":"my_function","arguments":{"a":5}}"#),
                #"{"jsonrpc":"2.0","id":1,"result":{"content":[{"type":"text","text":"7"}],"isError":false}}"#)
            try expectJSON(
                try await call(port, "tools/call", #"{"name":"my_function"}"#),
                #"{"jsonrpc":"2.0","id":1,"result":{"content":[{"type":"text","text":"3"}],"isError":false}}"#)
            try expectJSON(
                try await call(port, "tools/call", #"{"name":"items_get","arguments":{"query":"a b&c","limit":5}}"#),
                #"{"jsonrpc":"2.0","id":1,"result":{"content":[{"type":"text","text":"[\n  \"a b&c\",\n  \"5\"\n]"}],"isError":false}}"#)
            let bad = try JSONValue.parse(bytes: try await call(port, "tools/call", #"{"name":"my_function","arguments":{"a":"x"}}"#).body)
            #expect(bad["result"]?["isError"] == true)
            #expect(bad["result"]?["content"]?.arrayValue?.first?["text"]?.stringValue?.contains("\"type\": \"ParameterError\"") == true)
            try expectJSON(
                try await call(port, "tools/call", #"{"name":"pixel","arguments":{}}"#),
                #"{"jsonrpc":"2.0","id":1,"result":{"content":[{"type":"image","data":"AQID","mimeType":"image/png"}],"isError":false}}"#)
            try expectJSON(
                try await call(port, "tools/call", #"{"name":"blob","arguments":{}}"#),
                #"{"jsonrpc":"2.0","id":1,"result":{"content":[{"type":"resource","resource":{"uri":"temporary://none","mimeType":"application/octet-stream","blob":"AP8="}}],"isError":false}}"#)
            try expectJSON(
                try await call(port, "tools/call", #"{"name":"-notfound","arguments":{}}"#),
                #"{"jsonrpc":"2.0","id":1,"result":{"content":[{"type":"text","text":"nothing at *"}],"isError":true}}"#)

            let errors: [(String, String)] = [
                (#"{"arguments":{}}"#, #"{"code":-32602,"message":"Invalid \"name\" parameter, must be a string"}"#),
                (#"{"name":"my_function","arguments":[1]}"#, #"{"code":-32602,"message":"Invalid \"arguments\" parameter, must be an object"}"#),
                (#"{"name":"my_function","arguments":null}"#, #"{"code":-32602,"message":"Invalid \"arguments\" parameter, must be an object"}"#),
                (#"{"name":"secret","arguments":{}}"#, #"{"code":-32601,"message":"No such tool: \"secret\""}"#),
            ]
            for (params, error) in errors {
                try expectJSON(try await call(port, "tools/call", params), #"{"jsonrpc":"2.0","id":1,"error":\#(error)}"#)
            }
        }
    }

    @Test func resourcesListAndRead() async throws {
        let resources = [
            MCPResource(path: "my_function", route: "my_function", mimeType: nil),
            MCPResource(path: "pixel", route: "pixel", mimeType: "image/png"),
            MCPResource(path: "gone/page.html", route: "gone/page.html", mimeType: "text/html"),
        ]
        try await withWellKnownGateway(resources: resources) { port in
            try expectJSON(try await call(port, "resources/list"), #"""
                {"jsonrpc":"2.0","id":1,"result":{"resources":[
                  {"uri":"file://my_function","name":"my_function","description":"my_function"},
                  {"uri":"file://pixel","name":"pixel","description":"pixel","mimeType":"image/png"},
                  {"uri":"file://gone/page.html","name":"page.html","description":"page.html","mimeType":"text/html"}]}}
                """#)
            try expectJSON(
                try await call(port, "resources/read", #"{"uri":"file://my_function"}"#),
                #"{"jsonrpc":"2.0","id":1,"result":{"contents":[{"uri":"file://my_function","mimeType":"application/json","text":"3"}]}}"#)
            try expectJSON(
                try await call(port, "resources/read", #"{"uri":"file://pixel"}"#),
                #"{"jsonrpc":"2.0","id":1,"result":{"contents":[{"uri":"file://pixel","mimeType":"image/png","blob":"AQID"}]}}"#)
            let errors: [(String, String)] = [
                (#"{"uri":"file://gone/page.html"}"#, #"{"code":-32603,"message":"Could not read \"file://gone/page.html\": HTTP 404"}"#),
                (#"{"uri":"file://nope.html"}"#, #"{"code":-32002,"message":"Resource not found: \"file://nope.html\""}"#),
                (#"{"uri":"http://pixel"}"#, #"{"code":-32602,"message":"Invalid \"uri\" parameter, must start with \"file://\""}"#),
                (#"{"uri":1}"#, #"{"code":-32602,"message":"Invalid \"uri\" parameter, must be a string"}"#),
                ("{}", #"{"code":-32602,"message":"Invalid \"uri\" parameter, must be a string"}"#),
            ]
            for (params, error) in errors {
                try expectJSON(try await call(port, "resources/read", params), #"{"jsonrpc":"2.0","id":1,"error":\#(error)}"#)
            }
        }
    }
}
