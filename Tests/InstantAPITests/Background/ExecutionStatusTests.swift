import Foundation
import InstantAPI
import InstantAPICore
import Testing

/// The status document of `GET /.well-known/executions/{uuid}` (``ExecutionStatus/json``):
/// `uuid`, `state`, `attempts`, then `result` or `error` when known, in that order.
@Suite("ExecutionStatus JSON")
struct ExecutionStatusTests {
    static let uuid = "0f8e8b8e-9c2a-4c1e-8d3b-1a2b3c4d5e6f"

    @Test func queuedHasNoResultNorError() {
        let status = ExecutionStatus(uuid: Self.uuid, state: .queued, attempts: 0)
        #expect(status.json.jsonString() == #"{"uuid":"\#(Self.uuid)","state":"queued","attempts":0}"#)
        #expect(status.json.objectValue.map { Array($0.keys) } == ["uuid", "state", "attempts"])
    }

    @Test func runningCountsAttemptsAsAnInteger() {
        let status = ExecutionStatus(uuid: Self.uuid, state: .running, attempts: 2)
        #expect(status.json.jsonString() == #"{"uuid":"\#(Self.uuid)","state":"running","attempts":2}"#)
    }

    @Test func succeededCarriesTheResult() {
        let status = ExecutionStatus(uuid: Self.uuid, state: .succeeded, attempts: 1, result: ["a": [1, "b"], "c": nil])
        #expect(
            status.json.jsonString()
                == #"{"uuid":"\#(Self.uuid)","state":"succeeded","attempts":1,"result":{"a":[1,"b"],"c":null}}"#)
    }

    @Test func aTextResultIsAString() {
        let status = ExecutionStatus(uuid: Self.uuid, state: .succeeded, attempts: 1, result: "hello world")
        #expect(status.json["result"] == "hello world")
        #expect(status.json.jsonString().hasSuffix(#","result":"hello world"}"#))
    }

    /// A `null` result is a result: it is written, not left out.
    @Test func aNullResultIsWritten() {
        let status = ExecutionStatus(uuid: Self.uuid, state: .succeeded, attempts: 1, result: .null)
        #expect(status.json.jsonString() == #"{"uuid":"\#(Self.uuid)","state":"succeeded","attempts":1,"result":null}"#)
    }

    @Test func failedCarriesTheError() {
        let status = ExecutionStatus(
            uuid: Self.uuid, state: .failed, attempts: 3, error: ["type": "RuntimeError", "message": "boom"])
        #expect(
            status.json.jsonString()
                == #"{"uuid":"\#(Self.uuid)","state":"failed","attempts":3,"error":{"type":"RuntimeError","message":"boom"}}"#)
        #expect(status.json.objectValue.map { Array($0.keys) } == ["uuid", "state", "attempts", "error"])
    }

    /// Waiting for a retry: queued again, with the last attempt's error.
    @Test func queuedForARetryKeepsTheLastError() {
        let status = ExecutionStatus(uuid: Self.uuid, state: .queued, attempts: 1, error: ["type": "RuntimeError"])
        #expect(
            status.json.jsonString()
                == #"{"uuid":"\#(Self.uuid)","state":"queued","attempts":1,"error":{"type":"RuntimeError"}}"#)
    }

    @Test func resultComesBeforeError() {
        let status = ExecutionStatus(uuid: Self.uuid, state: .succeeded, attempts: 1, result: 1, error: "e")
        #expect(status.json.objectValue.map { Array($0.keys) } == ["uuid", "state", "attempts", "result", "error"])
    }

    /// A buffer result is written as `{"_base64": …}`.
    @Test func aBufferResultIsBase64() throws {
        let status = ExecutionStatus(uuid: Self.uuid, state: .succeeded, attempts: 1, result: .buffer(Array("lol".utf8)))
        let reparsed = try JSONValue.parse(status.json.jsonString())
        #expect(reparsed["result"] == ["_base64": "bG9s"])
    }

    @Test func theDocumentParsesBack() throws {
        let status = ExecutionStatus(uuid: Self.uuid, state: .failed, attempts: 5, error: ["type": "TimeoutError"])
        let parsed = try JSONValue.parse(status.json.jsonString())
        #expect(parsed["uuid"] == .string(Self.uuid))
        #expect(parsed["state"] == "failed")
        #expect(parsed["attempts"] == 5)
        #expect(parsed["error"]?["type"] == "TimeoutError")
        #expect(parsed["result"] == nil)
    }

    @Test func stateNamesAreTheWireNames() {
        for name in ["queued", "running", "succeeded", "failed"] {
            #expect(ExecutionStatus.State(rawValue: name)?.rawValue == name)
        }
        #expect(ExecutionStatus.State(rawValue: "done") == nil)
    }
}
