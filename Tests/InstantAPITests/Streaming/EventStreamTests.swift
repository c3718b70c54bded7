import Foundation
import InstantAPI
import InstantAPICore
import Testing

@Suite("SSE streams (_stream)")
struct EventStreamTests {
    @Test func framingIdsAndOrder() async throws {
        try await withStreamingGateway { port, _ in
            let response = try await postJSON(port, "/stream/basic/?alpha=hello&_stream", "")
            #expect(response.statusLine == "HTTP/1.1 200 OK")
            let uuid = try #require(response.header("X-Execution-Uuid"))
            #expect(response.headerLines() == ["X-Execution-Uuid: \(uuid)"] + eventStreamHeaders())
            let parsed = SSEParser.parse(response.bodyText)
            #expect(parsed.events.map(\.event) == ["@begin", "hello", "other", "@response"])
            #expect(parsed.dataLineCounts == [1, 1, 1, 1])
            // Every event has an id, `@response` too (the original gives it none), for reconnects.
            let ids = parsed.events.compactMap(\.id)
            #expect(ids.count == 4)
            let idPattern = try Regex("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}\\d{6}Z/\(uuid)$")
            for id in ids { #expect(id.wholeMatch(of: idPattern) != nil, "\(id)") }
            let begin = parsed.events[0]
            let stamp = String(try #require(begin.id).prefix(23))
            #expect(begin.data == "\"\(stamp)Z\"")
            #expect(try #require(begin.id).dropFirst(23).prefix(6) == "000000")
            // Byte for byte, the layout of the original (without its 1024-unit data splitting).
            let expected =
                "retry: 1000\nid: \(ids[0])\nevent: @begin\ndata: \"\(stamp)Z\"\n\n"
                + "id: \(ids[1])\nevent: hello\ndata: true\n\n"
                + "id: \(ids[2])\nevent: other\ndata: \"x\"\n\n"
                + "id: \(ids[3])\nevent: @response\ndata: \(responsePayload(uuid: uuid, body: "true"))\n\n"
            #expect(response.bodyText == expected)
        }
    }

    @Test func idCounterCountsWithinAMillisecond() async throws {
        try await withStreamingGateway { port, _ in
            let response = try await postJSON(port, "/stream/flood/", #"{"count":200,"_stream":true}"#)
            let ids = SSEParser.parse(response.bodyText).events.compactMap(\.id)
            #expect(ids.count == 202)
            #expect(Set(ids).count == ids.count)
            for (previous, id) in zip(ids, ids.dropFirst()) {
                let (stamp, counter) = (id.prefix(23), Int(id.dropFirst(23).prefix(6)) ?? -1)
                let (previousStamp, previousCounter) = (previous.prefix(23), Int(previous.dropFirst(23).prefix(6)) ?? -1)
                if stamp == previousStamp {
                    #expect(counter == previousCounter + 1)
                } else {
                    #expect(stamp > previousStamp)
                    #expect(counter == 0)
                }
            }
        }
    }

    @Test func objectFiltersSelectStreams() async throws {
        try await withStreamingGateway { port, _ in
            let cases: [(String, [String])] = [
                (#"{"hello":true}"#, ["@begin", "hello", "@response"]),
                (#"{"other":1,"hello":false}"#, ["@begin", "other", "@response"]),
                (#"{"*":true}"#, ["@begin", "hello", "other", "@response"]),
                ("true", ["@begin", "hello", "other", "@response"]),
                (#""lol""#, ["@begin", "hello", "other", "@response"]),
            ]
            for (filter, events) in cases {
                let response = try await postJSON(port, "/stream/basic/", #"{"alpha":"x","_stream":\#(filter)}"#)
                #expect(SSEParser.parse(response.bodyText).events.map(\.event) == events, "\(filter)")
            }
            let query = try await RawHTTPClient.request(
                port: port, "GET", "/stream/basic/?alpha=x&_stream=%7B%22hello%22%3Atrue%7D")
            #expect(SSEParser.parse(query.bodyText).events.map(\.event) == ["@begin", "hello", "@response"])
        }
    }

    @Test func unknownListenersAreStreamListenerErrors() async throws {
        try await withStreamingGateway { port, _ in
            let response = try await postJSON(port, "/stream/basic/", #"{"alpha":"hello","_stream":{"test":true,"nope":1}}"#)
            #expect(response.statusLine == "HTTP/1.1 400 Bad Request")
            let uuid = try #require(response.header("X-Execution-Uuid"))
            #expect(
                response.headerLines() == ["X-Execution-Uuid: \(uuid)"] + corsBlock + [exposeWithUUID, "Content-Type: application/json", "Content-Length: 384"])
            #expect(
                response.bodyText == """
                    {
                      "error": {
                        "type": "StreamListenerError",
                        "message": "One or more streams you specified to listen to do not exist.",
                        "details": {
                          "test": {
                            "message": "No such stream for this function: \\"test\\"",
                            "invalid": true
                          },
                          "nope": {
                            "message": "No such stream for this function: \\"nope\\"",
                            "invalid": true
                          }
                        }
                      }
                    }
                    """)
        }
    }

    @Test func executionModeErrors() async throws {
        try await withStreamingGateway { port, _ in
            let stream = try await RawHTTPClient.request(port: port, "GET", "/a_standard_function/?_stream=")
            #expect(stream.statusLine == "HTTP/1.1 403 Forbidden")
            #expect(stream.headerLines().first?.hasPrefix("X-Execution-Uuid: ") == true)
            #expect(
                stream.bodyText
                    == "{\n  \"error\": {\n    \"type\": \"ExecutionModeError\",\n    \"message\": \"Execution mode \\\"stream\\\" not available for this endpoint\"\n  }\n}")
            let background = try await postJSON(port, "/a_standard_function/", #"{"_background":true}"#)
            #expect(background.statusLine == "HTTP/1.1 403 Forbidden")
            #expect(
                background.bodyText
                    == "{\n  \"error\": {\n    \"type\": \"ExecutionModeError\",\n    \"message\": \"Execution mode \\\"background\\\" not available for this endpoint\"\n  }\n}")
        }
    }

    @Test func everyEventKindAndStreamErrors() async throws {
        try await withStreamingGateway { port, _ in
            let response = try await postJSON(port, "/streamer/", #"{"n":3,"_stream":true}"#)
            let uuid = try #require(response.header("X-Execution-Uuid"))
            let events = SSEParser.parse(response.bodyText).events
            #expect(events.map(\.event) == ["@begin", "s", "e", "@stdout", "@error", "@error", "@response"])
            #expect(events[1].data == "\"xxx\"")
            #expect(events[2].data == #"{"x":2}"#)
            #expect(events[3].data == "\"direct stdout\"")
            #expect(events[4].data == #"{"custom":true}"#)
            #expect(
                events[5].data
                    == #"{"type":"StreamError","message":"No such stream \"undeclared\" in function definition. Please use the syntax \"@stream {string} name description\" after @params to define a stream."}"#)
            #expect(events[6].data == responsePayload(uuid: uuid, body: "false"))
        }
    }

    @Test func invalidPayloadIsStreamParameterError() async throws {
        let probe = StreamProbe()
        try await withStreamingGateway(probe: probe) { port, _ in
            let response = try await postJSON(port, "/stream/invalid_param/", #"{"_stream":true}"#)
            let events = SSEParser.parse(response.bodyText).events
            #expect(events.map(\.event) == ["@begin", "@error", "@response"])
            #expect(
                events[1].data
                    == #"{"type":"StreamParameterError","message":"Stream Parameter Error: \"hello\". Please make sure the data type you are sending to the stream matches the definition for the stream in the function.","details":{"hello":{"message":"invalid value: \"what\" (string), expected (boolean)","invalid":true,"expected":{"type":"boolean"},"actual":{"value":"what","type":"string"}}}}"#)
            #expect(probe.recorded == ["invalid accepted: false"])
        }
    }

    @Test func buffersAndBinaryResponses() async throws {
        try await withStreamingGateway { port, _ in
            let response = try await postJSON(port, "/stream/buffer/?_stream", "{}")
            let uuid = try #require(response.header("X-Execution-Uuid"))
            let events = SSEParser.parse(response.bodyText).events
            #expect(events.map(\.event) == ["@begin", "file", "@response"])
            #expect(events[1].data == #"{"data":{"_base64":"bG9s"}}"#)
            #expect(events[2].data == responsePayload(uuid: uuid, contentType: "image/png", body: #"{"_base64":"bG9s"}"#))
        }
    }

    @Test func errorsArriveOnlyInResponse() async throws {
        try await withStreamingGateway { port, _ in
            let response = try await postJSON(port, "/runtime/thrown/", #"{"_stream":true}"#)
            #expect(response.statusLine == "HTTP/1.1 200 OK")
            let events = SSEParser.parse(response.bodyText).events
            #expect(events.map(\.event) == ["@begin", "@response"])
            let payload = try JSONValue.parse(bytes: Array(events[1].data.utf8))
            #expect(payload.objectValue?["statusCode"] == 420)
            let body = try #require(payload.objectValue?["body"]?.stringValue)
            #expect(body.hasPrefix(#"{"error":{"type":"RuntimeError","message":"crap""#))
        }
    }

    @Test func timeoutEndsTheStreamWith504() async throws {
        try await withStreamingGateway(GatewayConfiguration(timeout: .milliseconds(400))) { port, _ in
            let response = try await postJSON(port, "/stream/slow/", #"{"_stream":true}"#)
            let uuid = try #require(response.header("X-Execution-Uuid"))
            let events = SSEParser.parse(response.bodyText).events
            #expect(events.map(\.event) == ["@begin", "s", "s", "@response"])
            #expect(
                events[3].data
                    == responsePayload(
                        uuid: uuid, status: 504,
                        body: #"{"error":{"type":"TimeoutError","message":"Timeout Error (400ms): Timeout of 400ms exceeded."}}"#))
        }
    }

    @Test func longPayloadsStayOnOneDataLine() async throws {
        try await withStreamingGateway { port, _ in
            let response = try await postJSON(port, "/streamer/", #"{"n":2100,"_stream":true}"#)
            let parsed = SSEParser.parse(response.bodyText)
            #expect(parsed.dataLineCounts.allSatisfy { $0 == 1 })
            #expect(parsed.events[1].data == "\"" + String(repeating: "x", count: 2100) + "\"")
        }
    }

    @Test func offValuesRunNormallyAndKeepTheParameters() async throws {
        try await withStreamingGateway { port, _ in
            let plain = try await postJSON(port, "/streamer/", #"{"n":3}"#)
            #expect(plain.statusLine == "HTTP/1.1 200 OK")
            #expect(plain.header("Content-Type") == "application/json")
            #expect(plain.bodyText == "false")
            for off in ["false", "0", "null"] {
                let response = try await RawHTTPClient.request(port: port, "GET", "/stream/basic/?alpha=x&_stream=\(off)")
                #expect(response.header("Content-Type") == "application/json", "\(off)")
                #expect(response.bodyText == "true")
            }
            let on = try await RawHTTPClient.request(port: port, "GET", "/stream/basic/?alpha=x&_stream=lol")
            #expect(on.header("Content-Type") == "text/event-stream; charset=utf-8")
        }
    }
}
