import Foundation
import InstantAPI
import Testing

/// Whole responses (status line, header order, exact body) checked against the original's
/// wire captures for the gateway's own errors and the errors closures cause.
@Suite("Conformance with the wire captures")
struct ConformanceTests {
    /// One exchange and the response expected for it; `uuid` says whether the response starts
    /// with `X-Execution-Uuid` (its value varies).
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var environment: GatewayConfiguration.Environment = .development
        var method = "GET"
        var target: String
        var headers: [(String, String)] = []
        var body = ""
        var statusLine: String
        var uuid = true
        var responseHeaders: [String]
        var responseBody: String

        var testDescription: String { name }
    }

    static func expose(_ names: String...) -> String {
        "Access-Control-Expose-Headers: " + names.joined(separator: ", ")
    }

    static let gatewayNames = [
        "x-instant-api", "access-control-allow-origin", "access-control-allow-methods", "access-control-allow-headers",
    ]
    static let functionBlock = corsBlock + [exposeWithUUID, "Content-Type: application/json"]
    static let routeBlock = corsBlock + [exposeWithoutUUID, "Content-Type: application/json"]

    static func pretty(_ type: String, _ message: String, details: String? = nil, stack: String? = nil) -> String {
        var lines = ["{", "  \"error\": {", "    \"type\": \"\(type)\",", "    \"message\": \"\(message)\""]
        if let details { lines[lines.count - 1] += ","; lines.append("    \"details\": \(details)") }
        if let stack { lines[lines.count - 1] += ","; lines.append("    \"stack\": \"\(stack)\"") }
        return (lines + ["  }", "}"]).joined(separator: "\n")
    }

    static let cases: [Case] = [
        Case(
            name: "501 unsupported method", method: "PATCH", target: "/my_function/",
            statusLine: "HTTP/1.1 501 Not Implemented", uuid: false, responseHeaders: routeBlock + ["Content-Length: 102"],
            responseBody: pretty("ServerError", #"HTTP Method \"PATCH\" Not Implemented"#)),
        Case(
            name: "501 missing named method", method: "PUT", target: "/esm/missing_method/",
            headers: [("Content-Type", "application/json")], body: #"{"str":"a","repeat":1}"#,
            statusLine: "HTTP/1.1 501 Not Implemented", uuid: false, responseHeaders: routeBlock + ["Content-Length: 108"],
            responseBody: pretty("ServerError", #"\"esm/missing_method\": PUT Not Implemented"#)),
        Case(
            name: "404 production", environment: .production, target: "/DOES_NOT_EXIST/",
            statusLine: "HTTP/1.1 404 Not Found", uuid: false, responseHeaders: routeBlock + ["Content-Length: 75"],
            responseBody: #"{"error":{"type":"NotFoundError","message":"\"DOES_NOT_EXIST\" Not Found"}}"#),
        Case(
            name: "ParameterParseError no content type", method: "POST", target: "/my_function/", body: "a=1",
            statusLine: "HTTP/1.1 400 Bad Request", uuid: false, responseHeaders: routeBlock + ["Content-Length: 108"],
            responseBody: pretty("ParameterParseError", #"Must supply \"Content-Type\" header"#)),
        Case(
            name: "ParameterParseError query/body conflict", method: "POST", target: "/my_function/?a=1",
            headers: [("Content-Type", "application/json")], body: #"{"a":2}"#,
            statusLine: "HTTP/1.1 400 Bad Request", uuid: false, responseHeaders: routeBlock + ["Content-Length: 128"],
            responseBody: pretty("ParameterParseError", #"Can not specify \"a\" in both query and body parameters"#)),
        Case(
            name: "ParameterParseError invalid JSON", method: "POST", target: "/my_function/",
            headers: [("Content-Type", "application/json")], body: "{bad",
            statusLine: "HTTP/1.1 400 Bad Request", uuid: false, responseHeaders: routeBlock + ["Content-Length: 85"],
            responseBody: pretty("ParameterParseError", "Invalid JSON")),
        Case(
            name: "OriginError without Origin", method: "POST", target: "/origin/",
            headers: [("Content-Type", "application/json")], body: "{}", statusLine: "HTTP/1.1 403 Forbidden",
            responseHeaders: [
                "Access-Control-Allow-Origin: !", "X-Instant-Api: true",
                "Access-Control-Allow-Methods: GET, POST, OPTIONS, HEAD, PUT, DELETE", "Access-Control-Allow-Headers: ",
                expose(
                    "x-execution-uuid", "access-control-allow-origin", "x-instant-api", "access-control-allow-methods",
                    "access-control-allow-headers"),
                "Content-Type: application/json", "Content-Length: 123",
            ],
            responseBody: pretty("OriginError", #"Provided origin \"undefined\" can not access this resource"#)),
        Case(
            name: "RuntimeError development", method: "POST", target: "/runtime/thrown/",
            headers: [("Content-Type", "application/json")], body: #"{"kind":"other"}"#, statusLine: "HTTP/1.1 420 unknown",
            responseHeaders: functionBlock + ["Content-Length: 105"],
            responseBody: pretty("RuntimeError", "crap", stack: "PlainFailure: crap")),
        Case(
            name: "RuntimeError staging is compact with stack", environment: .init("staging"), method: "POST",
            target: "/runtime/thrown/", headers: [("Content-Type", "application/json")], body: #"{"kind":"other"}"#,
            statusLine: "HTTP/1.1 420 unknown", responseHeaders: functionBlock + ["Content-Length: 79"],
            responseBody: #"{"error":{"type":"RuntimeError","message":"crap","stack":"PlainFailure: crap"}}"#),
        Case(
            name: "RuntimeError production", environment: .production, method: "POST", target: "/runtime/thrown/",
            headers: [("Content-Type", "application/json")], body: #"{"kind":"other"}"#, statusLine: "HTTP/1.1 420 unknown",
            responseHeaders: functionBlock + ["Content-Length: 50"],
            responseBody: #"{"error":{"type":"RuntimeError","message":"crap"}}"#),
        Case(
            name: "UnauthorizedError", target: "/mapped/?status=401", statusLine: "HTTP/1.1 401 Unauthorized",
            responseHeaders: functionBlock + ["Content-Length: 123"],
            responseBody: pretty("UnauthorizedError", "mapped 401", stack: "EndpointError: mapped 401")),
        Case(
            name: "UnauthorizedError production", environment: .production, target: "/mapped/?status=401",
            statusLine: "HTTP/1.1 401 Unauthorized", responseHeaders: functionBlock + ["Content-Length: 61"],
            responseBody: #"{"error":{"type":"UnauthorizedError","message":"mapped 401"}}"#),
        Case(
            name: "PaymentRequiredError", target: "/mapped/?status=402", statusLine: "HTTP/1.1 402 Payment Required",
            responseHeaders: functionBlock + ["Content-Length: 126"],
            responseBody: pretty("PaymentRequiredError", "mapped 402", stack: "EndpointError: mapped 402")),
        Case(
            name: "ForbiddenError", target: "/mapped/?status=403", statusLine: "HTTP/1.1 403 Forbidden",
            responseHeaders: functionBlock + ["Content-Length: 120"],
            responseBody: pretty("ForbiddenError", "mapped 403", stack: "EndpointError: mapped 403")),
        Case(
            name: "NotFoundError thrown has a stack", target: "/mapped/?status=404", statusLine: "HTTP/1.1 404 Not Found",
            responseHeaders: functionBlock + ["Content-Length: 119"],
            responseBody: pretty("NotFoundError", "mapped 404", stack: "EndpointError: mapped 404")),
        Case(
            name: "BadRequestError keeps object details", target: "/mapped/?status=400",
            statusLine: "HTTP/1.1 400 Bad Request", responseHeaders: functionBlock + ["Content-Length: 165"],
            responseBody: pretty(
                "BadRequestError", "mapped 400", details: "{\n      \"status\": 400\n    }",
                stack: "EndpointError: mapped 400")),
        Case(
            name: "ConflictError keeps details", target: "/mapped/?status=409", statusLine: "HTTP/1.1 409 Conflict",
            responseHeaders: functionBlock + ["Content-Length: 163"],
            responseBody: pretty(
                "ConflictError", "mapped 409", details: "{\n      \"status\": 409\n    }",
                stack: "EndpointError: mapped 409")),
        Case(
            name: "RateLimitError has no stack", target: "/mapped/?status=429",
            statusLine: "HTTP/1.1 429 Too Many Requests", responseHeaders: functionBlock + ["Content-Length: 122"],
            responseBody: pretty("RateLimitError", "mapped 429", details: "{\n      \"status\": 429\n    }")),
        Case(
            name: "other statuses are RuntimeError 420", target: "/mapped/?status=503", statusLine: "HTTP/1.1 420 unknown",
            responseHeaders: functionBlock + ["Content-Length: 162"],
            responseBody: pretty(
                "RuntimeError", "mapped 503", details: "{\n      \"status\": 503\n    }",
                stack: "EndpointError: mapped 503")),
        Case(
            name: "ValueError", target: "/returns_bad/", statusLine: "HTTP/1.1 502 Bad Gateway",
            responseHeaders: functionBlock + ["Content-Length: 446"],
            responseBody: pretty(
                "ValueError", "The value returned by the function did not match the specified type",
                details: """
                    {
                          "returns": {
                            "message": "invalid return value: \\"hello value\\" (string), expected (number)",
                            "invalid": true,
                            "expected": {
                              "type": "number"
                            },
                            "actual": {
                              "value": "hello value",
                              "type": "string"
                            }
                          }
                        }
                    """)),
        Case(
            name: "InvalidResponseHeaderError keeps the valid headers", target: "/http/?kind=bad_headers",
            statusLine: "HTTP/1.1 502 Bad Gateway",
            responseHeaders: ["Good-Header-Name: good value", "Content-Type: application/json"] + corsBlock + [
                expose(
                    "x-execution-uuid", "good-header-name", "content-type", "x-instant-api", "access-control-allow-origin",
                    "access-control-allow-methods", "access-control-allow-headers"),
                "Content-Length: 465",
            ],
            responseBody: pretty(
                "InvalidResponseHeaderError", "Your service returned invalid response headers",
                details: """
                    {
                          "x authorization key": {
                            "message": "Response header name \\"x authorization key\\" may not contain space characters",
                            "invalid": true
                          },
                          "weird!": {
                            "message": "Response header name \\"weird!\\" must only contain alphanumeric values, - and _",
                            "invalid": true
                          }
                        }
                    """)),
        Case(
            name: "302 redirect", target: "/my_function?a=1", headers: [("User-Agent", "testing")],
            statusLine: "HTTP/1.1 302 Found", uuid: false,
            responseHeaders: ["Location: /my_function/?a=1", "Content-Type: text/plain"] + corsBlock + [
                expose(
                    "location", "content-type", "x-instant-api", "access-control-allow-origin",
                    "access-control-allow-methods", "access-control-allow-headers", "x-execution-uuid"),
                "Content-Length: 54",
            ],
            responseBody: "You are being redirected to: localhost:PORT/my_function/?a=1\n"),
        Case(
            name: "HEAD", method: "HEAD", target: "/my_function", statusLine: "HTTP/1.1 200 OK", uuid: false,
            responseHeaders: corsBlock + [exposeWithoutUUID], responseBody: ""),
        Case(
            name: "OPTIONS echoes requested headers", method: "OPTIONS", target: "/nope/",
            headers: [("Access-Control-Request-Headers", "X-Foo, Content-Type"), ("Origin", "http://x.com")],
            statusLine: "HTTP/1.1 200 OK", uuid: false,
            responseHeaders: Array(corsBlock.dropLast()) + ["Access-Control-Allow-Headers: X-Foo, Content-Type", exposeWithoutUUID],
            responseBody: ""),
    ]

    @Test(arguments: cases)
    func matchesTheCapture(_ expected: Case) async throws {
        let configuration = GatewayConfiguration(environment: expected.environment)
        try await withBasicGateway(configuration) { port in
            let response = try await RawHTTPClient.request(
                port: port, expected.method, expected.target, headers: expected.headers, body: Array(expected.body.utf8))
            #expect(response.statusLine == expected.statusLine)
            var lines = response.headerLines(excluding: ["date", "connection", "transfer-encoding"])
            if expected.uuid {
                #expect(lines.first?.hasPrefix("X-Execution-Uuid: ") == true)
                lines = Array(lines.dropFirst())
            }
            let body = expected.responseBody.replacingOccurrences(of: "PORT", with: String(port))
            var headers = expected.responseHeaders
            if expected.name == "302 redirect" {
                headers[headers.count - 1] = "Content-Length: \(body.utf8.count)"
            }
            #expect(lines == headers)
            #expect(response.bodyText == body)
        }
    }
}
