import Foundation
import InstantAPI
import Testing

@Suite("Parameters over HTTP")
struct ParameterTests {
    @Test func parameterErrorBody() async throws {
        try await withBasicGateway { port in
            let response = try await RawHTTPClient.request(
                port: port, "POST", "/my_function/", headers: [("Content-Type", "application/json")],
                body: Array("{\"a\":10,\"b\":20,\"c\":\"30\"}".utf8))
            #expect(response.statusLine == "HTTP/1.1 400 Bad Request")
            #expect(response.header("X-Execution-Uuid") == nil)
            #expect(response.header("Content-Length") == "426")
            #expect(
                response.bodyText == """
                    {
                      "error": {
                        "type": "ParameterError",
                        "message": "Invalid parameter \\"c\\": invalid value: \\"30\\" (string), expected (number)",
                        "details": {
                          "c": {
                            "message": "invalid value: \\"30\\" (string), expected (number)",
                            "invalid": true,
                            "expected": {
                              "type": "number"
                            },
                            "actual": {
                              "value": "30",
                              "type": "string"
                            }
                          }
                        }
                      }
                    }
                    """)
        }
    }

    @Test func missingContentType() async throws {
        try await withBasicGateway { port in
            let response = try await RawHTTPClient.request(port: port, "POST", "/my_function/")
            #expect(response.statusLine == "HTTP/1.1 400 Bad Request")
            #expect(response.header("Content-Length") == "108")
            #expect(response.bodyText.contains("\"type\": \"ParameterParseError\""))
            #expect(response.bodyText.contains("Must supply \\\"Content-Type\\\" header"))
        }
    }

    @Test func queryBodyConflictAndConvertStrings() async throws {
        try await withBasicGateway { port in
            let conflict = try await RawHTTPClient.request(
                port: port, "POST", "/my_function/?a=1", headers: [("Content-Type", "application/json")],
                body: Array("{\"a\":2}".utf8))
            #expect(conflict.statusLine == "HTTP/1.1 400 Bad Request")
            #expect(conflict.bodyText.contains("Can not specify \\\"a\\\" in both query and body parameters"))
            let converted = try await RawHTTPClient.request(
                port: port, "POST", "/my_function/",
                headers: [("Content-Type", "application/json"), ("X-Convert-Strings", "true")],
                body: Array("{\"a\":\"10\",\"b\":\"20\",\"c\":\"30\"}".utf8))
            #expect(converted.bodyText == "60")
            let form = try await RawHTTPClient.request(
                port: port, "POST", "/my_function/", headers: [("Content-Type", "application/x-www-form-urlencoded")],
                body: Array("a=1.5&b=2e1&c=16".utf8))
            #expect(form.bodyText == "37.5")
        }
    }

    @Test func queryParseError() async throws {
        try await withBasicGateway { port in
            let response = try await RawHTTPClient.request(port: port, "GET", "/reflect/?a[1.5]=1")
            #expect(response.statusLine == "HTTP/1.1 400 Bad Request")
            // SPEC §3: the brackets are not doubled (upstream: `a[1.5][1.5]`, 144 bytes).
            #expect(response.header("Content-Length") == "139")
            #expect(response.bodyText.contains("\"a[1.5]: Array indices in URL encoded values must be integer values"))
        }
    }

    @Test func undeclaredParametersPassThrough() async throws {
        try await withBasicGateway { port in
            let response = try await RawHTTPClient.request(port: port, "GET", "/reflect/?x=1&y[]=a&y[]=b")
            #expect(response.bodyText == "{\n  \"x\": \"1\",\n  \"y\": [\n    \"a\",\n    \"b\"\n  ]\n}")
        }
    }

    @Test func oversizeBodyIs413() async throws {
        let configuration = GatewayConfiguration(maxRequestSize: 1048)
        try await withBasicGateway(configuration) { port in
            let response = try await RawHTTPClient.request(
                port: port, "POST", "/reflect/", headers: [("Content-Type", "application/x-www-form-urlencoded")],
                body: Array(repeating: UInt8(ascii: "x"), count: 5000))
            #expect(response.statusLine == "HTTP/1.1 413 Payload Too Large")
            #expect(response.bodyText.contains("\"message\": \"Function Payload Exceeded, Max Size 0.00099945068359375MB\""))
            let check1 = try await RawHTTPClient.request(port: port, "GET", "/my_function/")
            #expect(check1.bodyText == "6")
        }
    }

    @Test func deleteWithBodyIsRefused() async throws {
        try await withBasicGateway { port in
            let response = try await RawHTTPClient.request(port: port, "DELETE", "/reflect/", body: Array("a=1".utf8))
            #expect(response.statusLine == "HTTP/1.1 400 Bad Request")
            #expect(response.bodyText.contains("\"type\": \"ClientError\""))
            let check2 = try await RawHTTPClient.request(port: port, "DELETE", "/reflect/?a=1")
            #expect(check2.bodyText == "{\n  \"a\": \"1\"\n}")
        }
    }
}
