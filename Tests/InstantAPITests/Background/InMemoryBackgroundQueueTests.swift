import Foundation
import HTTPTypes
import InstantAPICore
import Synchronization
import Testing

@testable import InstantAPI

/// ``InMemoryBackgroundQueue`` driven directly (no server): executions read back from their
/// request as a worker would (``BackgroundExecution``'s public initializer), run by an executor
/// of a loaded gateway, watched through ``InMemoryBackgroundQueue/status(of:)``.
///
/// Completion is awaited by polling the status with a generous bound (10 s); nothing asserts
/// how long anything takes. Executions that must stay running sleep for an hour and are
/// cancelled by a drain.
@Suite("InMemoryBackgroundQueue")
struct InMemoryBackgroundQueueTests {
    /// What the closures saw.
    final class Calls: Sendable {
        private let seen = Mutex<[String: [Int]]>([:])

        func record(_ route: String, attempt: Int) { seen.withLock { $0[route, default: []].append(attempt) } }
        func attempts(_ route: String) -> [Int] { seen.withLock { $0[route] ?? [] } }
    }

    /// A loaded gateway of a few closures (manifests in a fresh temporary folder) and what
    /// they were called with.
    struct Harness {
        let loaded: LoadedGateway<GatewayRequestContext>
        let calls: Calls
        let root: URL

        var executor: BackgroundExecutor { BackgroundExecutor(pipeline: loaded.pipeline) }

        static let manifests: [String: String] = [
            "ok": "/**\n * Succeeds\n * @background\n * @returns {string}\n */\nexport default async () => {};\n",
            "fail": "/**\n * Always throws\n * @background\n * @returns {string}\n */\nexport default async () => {};\n",
            "flaky": "/**\n * Throws twice\n * @background\n * @returns {integer}\n */\nexport default async () => {};\n",
            "slow": "/**\n * Waits for a cancellation\n * @background\n * @returns {string}\n */\nexport default async () => {};\n",
            "echo":
                "/**\n * Returns n\n * @background\n * @param {integer} n\n * @returns {integer}\n */\nexport default async (n) => {};\n",
        ]

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("inmemory-queue-\(UUID().uuidString)")
            let functions = root.appendingPathComponent("functions")
            try FileManager.default.createDirectory(at: functions, withIntermediateDirectories: true)
            for (name, text) in Self.manifests {
                try text.write(to: functions.appendingPathComponent("\(name).mjs"), atomically: true, encoding: .utf8)
            }
            let calls = Calls()
            self.calls = calls
            let gateway = Gateway(context: GatewayRequestContext.self, configuration: GatewayConfiguration(hotReload: .disabled))
            gateway.register("ok", method: nil) { context -> String in
                calls.record("ok", attempt: context.attempt)
                return "ok"
            }
            gateway.register("fail", method: nil) { (context: EndpointContext<GatewayRequestContext>) async throws -> EndpointResponse in
                calls.record("fail", attempt: context.attempt)
                throw PlainFailure(description: "always")
            }
            gateway.register("flaky", method: nil) { context -> Int in
                calls.record("flaky", attempt: context.attempt)
                guard context.attempt >= 3 else { throw PlainFailure(description: "not yet") }
                return context.attempt
            }
            gateway.register("slow", method: nil) { context -> String in
                calls.record("slow", attempt: context.attempt)
                do {
                    try await Task.sleep(for: .seconds(3600))
                    return "slept"
                } catch {
                    return "cancelled"
                }
            }
            gateway.register("echo", method: nil) { context -> Int in
                calls.record("echo", attempt: context.attempt)
                return Int(context.params["n"]?.numberValue ?? -1)
            }
            loaded = try gateway.load(root: root.path)
        }

        func cleanUp() {
            try? FileManager.default.removeItem(at: root)
        }
    }

    static let tiny = RetryPolicy(maxAttempts: 4, initialDelay: .milliseconds(1), multiplier: 1, maxDelay: .milliseconds(1))

    static func execution(
        _ route: String, endpoint: String? = nil, query: String = "", retry: RetryPolicy = tiny, uuid: String = ExecutionID.make()
    ) -> BackgroundExecution {
        BackgroundExecution(
            uuid: uuid, endpoint: endpoint ?? route, alias: route, params: [:],
            request: HTTPRequest(method: .get, scheme: "http", authority: "localhost", path: "/\(route)/\(query)"),
            body: [], peerAddress: "127.0.0.1", retry: retry)
    }

    /// Polls until the execution has succeeded or failed; at most 10 s (a bound, not a timing
    /// assertion).
    static func finished(_ queue: InMemoryBackgroundQueue, _ uuid: String) async throws -> ExecutionStatus {
        try await awaitStatus(queue, uuid) { $0.state == .succeeded || $0.state == .failed }
    }

    static func awaitStatus(
        _ queue: InMemoryBackgroundQueue, _ uuid: String, _ condition: (ExecutionStatus) -> Bool
    ) async throws -> ExecutionStatus {
        let deadline = ContinuousClock.now + .seconds(10)
        while true {
            let status = try #require(try await queue.status(of: uuid), "no status for \(uuid)")
            if condition(status) { return status }
            if ContinuousClock.now >= deadline {
                Issue.record("still \(status) after 10 s")
                return status
            }
            try await Task.sleep(for: .milliseconds(5))
        }
    }

    /// The error of a status is the error object itself (`{"type", "message", …}`), as for a
    /// closure's failure, also for the failures `performBackground` makes itself (route gone,
    /// parameters invalid, no context), without the HTTP body's `{"error": {…}}` wrapper.
    static func expectErrorType(_ status: ExecutionStatus, _ type: JSONValue, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(status.error?["type"] == type, sourceLocation: sourceLocation)
    }

    @Test func isNotDurable() {
        #expect(!InMemoryBackgroundQueue().isDurable)
    }

    @Test func unknownExecutionHasNoStatus() async throws {
        let queue = InMemoryBackgroundQueue()
        #expect(try await queue.status(of: ExecutionID.make()) == nil)
    }

    @Test func aSuccessEndsSucceededAfterOneAttempt() async throws {
        let harness = try Harness()
        defer { harness.cleanUp() }
        let queue = InMemoryBackgroundQueue()
        let execution = Self.execution("ok")
        try await queue.enqueue(execution, executor: harness.executor)
        // Known from the moment enqueue returns.
        #expect(try await queue.status(of: execution.uuid) != nil)
        let status = try await Self.finished(queue, execution.uuid)
        #expect(status == ExecutionStatus(uuid: execution.uuid, state: .succeeded, attempts: 1, result: "ok"))
        #expect(harness.calls.attempts("ok") == [1])
    }

    @Test func parametersAreReadFromTheStoredRequest() async throws {
        let harness = try Harness()
        defer { harness.cleanUp() }
        let queue = InMemoryBackgroundQueue()
        let execution = Self.execution("echo", query: "?n=42")
        try await queue.enqueue(execution, executor: harness.executor)
        let status = try await Self.finished(queue, execution.uuid)
        #expect(status.state == .succeeded)
        #expect(status.result == 42)
    }

    @Test func aFailureIsRetriedUntilMaxAttemptsThenFailed() async throws {
        let harness = try Harness()
        defer { harness.cleanUp() }
        let queue = InMemoryBackgroundQueue()
        let execution = Self.execution("fail")
        try await queue.enqueue(execution, executor: harness.executor)
        let status = try await Self.finished(queue, execution.uuid)
        #expect(status.state == .failed)
        #expect(status.attempts == 4)
        #expect(status.result == nil)
        #expect(status.error?["type"] == "RuntimeError")
        #expect(status.error?["message"] == "always")
        #expect(harness.calls.attempts("fail") == [1, 2, 3, 4])
    }

    @Test func neverRetriesNothing() async throws {
        let harness = try Harness()
        defer { harness.cleanUp() }
        let queue = InMemoryBackgroundQueue()
        let execution = Self.execution("fail", retry: .never)
        try await queue.enqueue(execution, executor: harness.executor)
        let status = try await Self.finished(queue, execution.uuid)
        #expect(status.state == .failed)
        #expect(status.attempts == 1)
        #expect(harness.calls.attempts("fail") == [1])
    }

    @Test func aRetryThatSucceedsEndsSucceededWithItsAttempt() async throws {
        let harness = try Harness()
        defer { harness.cleanUp() }
        let queue = InMemoryBackgroundQueue()
        let execution = Self.execution("flaky", retry: RetryPolicy(maxAttempts: 5, initialDelay: .milliseconds(1), maxDelay: .milliseconds(2)))
        try await queue.enqueue(execution, executor: harness.executor)
        let status = try await Self.finished(queue, execution.uuid)
        #expect(status == ExecutionStatus(uuid: execution.uuid, state: .succeeded, attempts: 3, result: 3))
        // The success clears the last attempt's error.
        #expect(status.error == nil)
        #expect(harness.calls.attempts("flaky") == [1, 2, 3])
    }

    /// Waiting for its retry, an execution is `queued` with the attempts made and the last error.
    @Test func waitingForARetryIsQueuedWithTheLastError() async throws {
        let harness = try Harness()
        defer { harness.cleanUp() }
        let queue = InMemoryBackgroundQueue()
        let execution = Self.execution("fail", retry: RetryPolicy(maxAttempts: 3, initialDelay: .seconds(3600)))
        try await queue.enqueue(execution, executor: harness.executor)
        let waiting = try await Self.awaitStatus(queue, execution.uuid) { $0.state == .queued && $0.attempts == 1 }
        #expect(waiting.error?["type"] == "RuntimeError")
        #expect(waiting.result == nil)
        // A shutdown during the wait ends it failed with that error, without another attempt.
        #expect(await queue.tasks.drain(timeout: .zero) == 1)
        let status = try await Self.finished(queue, execution.uuid)
        #expect(status.state == .failed)
        #expect(status.attempts == 1)
        #expect(status.error?["type"] == "RuntimeError")
        #expect(harness.calls.attempts("fail") == [1])
    }

    @Test func beyondTheLimitEnqueueThrowsQueueFull() async throws {
        let harness = try Harness()
        defer { harness.cleanUp() }
        let queue = InMemoryBackgroundQueue(limits: GatewayLimits(maxBackgroundExecutions: 1))
        let running = Self.execution("slow")
        try await queue.enqueue(running, executor: harness.executor)
        #expect(queue.tasks.count == 1)
        let refused = Self.execution("ok")
        let error = await #expect(throws: BackgroundQueueFull.self) {
            try await queue.enqueue(refused, executor: harness.executor)
        }
        #expect(error?.description == "Too many background executions running (at most 1)")
        // A refused execution leaves no status behind and never runs.
        #expect(try await queue.status(of: refused.uuid) == nil)
        #expect(try await queue.status(of: running.uuid) != nil)
        #expect(harness.calls.attempts("ok") == [])

        // A shutdown interrupts the running one: failed, as the server's shutdown.
        _ = try await Self.awaitStatus(queue, running.uuid) { $0.state == .running }
        #expect(await queue.tasks.drain(timeout: .zero) == 1)
        let status = try await Self.finished(queue, running.uuid)
        #expect(status.state == .failed)
        #expect(status.attempts == 1)
        #expect(status.error == ["type": "ServiceUnavailableError", "message": "Cancelled by the server's shutdown"])
    }

    /// A stored execution whose route no longer exists fails without running.
    @Test func anUnknownEndpointFailsNotFound() async throws {
        let harness = try Harness()
        defer { harness.cleanUp() }
        let queue = InMemoryBackgroundQueue()
        let execution = Self.execution("gone", retry: .never)
        try await queue.enqueue(execution, executor: harness.executor)
        let status = try await Self.finished(queue, execution.uuid)
        #expect(status.state == .failed)
        #expect(status.attempts == 1)
        Self.expectErrorType(status, "NotFoundError")
    }

    /// The route exists but now names another definition: also not found, nothing runs.
    @Test func anEndpointOfAnotherNameFailsNotFound() async throws {
        let harness = try Harness()
        defer { harness.cleanUp() }
        let queue = InMemoryBackgroundQueue()
        let execution = Self.execution("ok", endpoint: "ok#POST", retry: .never)
        try await queue.enqueue(execution, executor: harness.executor)
        let status = try await Self.finished(queue, execution.uuid)
        #expect(status.state == .failed)
        Self.expectErrorType(status, "NotFoundError")
        #expect(harness.calls.attempts("ok") == [])
    }

    /// A stored request that no longer validates fails without running.
    @Test func invalidStoredParametersFailWithoutRunning() async throws {
        let harness = try Harness()
        defer { harness.cleanUp() }
        let queue = InMemoryBackgroundQueue()
        let execution = Self.execution("echo", query: "?n=abc", retry: .never)
        try await queue.enqueue(execution, executor: harness.executor)
        let status = try await Self.finished(queue, execution.uuid)
        #expect(status.state == .failed)
        Self.expectErrorType(status, "ParameterError")
        #expect(harness.calls.attempts("echo") == [])
    }

    @Test func manyExecutionsAtOnceAllSucceed() async throws {
        let harness = try Harness()
        defer { harness.cleanUp() }
        let queue = InMemoryBackgroundQueue(limits: GatewayLimits(maxBackgroundExecutions: 64))
        let executions = (0..<32).map { _ in Self.execution("ok") }
        for execution in executions {
            try await queue.enqueue(execution, executor: harness.executor)
        }
        for execution in executions {
            let status = try await Self.finished(queue, execution.uuid)
            #expect(status.state == .succeeded)
            #expect(status.attempts == 1)
        }
        #expect(harness.calls.attempts("ok").count == 32)
    }

    /// Finished statuses beyond `maxRetainedStatuses` are forgotten, the first finished first.
    @Test func finishedStatusesBeyondTheRetainedMaximumAreForgotten() async throws {
        let harness = try Harness()
        defer { harness.cleanUp() }
        let queue = InMemoryBackgroundQueue(background: GatewayConfiguration.Background(maxRetainedStatuses: 2))
        var uuids: [String] = []
        for _ in 0..<3 {
            let execution = Self.execution("ok")
            try await queue.enqueue(execution, executor: harness.executor)
            _ = try await Self.finished(queue, execution.uuid)
            uuids.append(execution.uuid)
        }
        #expect(try await queue.status(of: uuids[0]) == nil)
        #expect(try await queue.status(of: uuids[1])?.state == .succeeded)
        #expect(try await queue.status(of: uuids[2])?.state == .succeeded)
    }
}
