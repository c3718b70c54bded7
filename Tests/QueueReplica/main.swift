import Foundation
import InstantAPI
import InstantAPIPostgres

// A replica for the durable queue's integration tests (Tests/Clients/test_durable_queue.py)
// and its benchmark (Benchmarks/queue.sh): one background job, `POST /jobs/work/?_background`.
//
//   PORT                  where it listens (default 8090)
//   INSTANT_QUEUE_URL     postgres://…: the PostgreSQL queue; unset: the in-memory one
//   QUEUE_REPLICA_NAME    what the job returns as `replica`
//   QUEUE_RUN_LOG         a file each run appends `<uuid> <attempt> <epoch ms>` to (exactly-once checks)
//   QUEUE_DRAIN_MS        how long a shutdown waits for running jobs (default 5000)
//   QUEUE_LEASE_MS        the lease (default 2000 here, so that take-overs are quick to test)
//   QUEUE_MAX_ATTEMPTS    attempts per execution (default 3); QUEUE_RETRY_MS the first delay (200)
//   QUEUE_CONCURRENCY     executions run at once by this replica (default 64)

let environment = ProcessInfo.processInfo.environment
func setting(_ name: String, _ fallback: Int) -> Int { environment[name].flatMap(Int.init) ?? fallback }

var configuration = GatewayConfiguration(name: "QueueReplica", environment: .production)
configuration.hotReload = .disabled
configuration.limits.maxBackgroundExecutions = setting("QUEUE_CONCURRENCY", 64)
configuration.limits.backgroundDrainTimeout = .milliseconds(setting("QUEUE_DRAIN_MS", 5000))
configuration.background.retry = RetryPolicy(
    maxAttempts: setting("QUEUE_MAX_ATTEMPTS", 3), initialDelay: .milliseconds(setting("QUEUE_RETRY_MS", 200)))
if let url = environment["INSTANT_QUEUE_URL"], !url.isEmpty {
    do {
        configuration.background.queue = try PostgresBackgroundQueue(
            url: url, options: .init(lease: .milliseconds(setting("QUEUE_LEASE_MS", 2000)), pollInterval: .milliseconds(100)))
    } catch {
        FileHandle.standardError.write(Data("INSTANT_QUEUE_URL: \(error)\n".utf8))
        exit(1)
    }
}

let replica = environment["QUEUE_REPLICA_NAME"] ?? "replica-\(ProcessInfo.processInfo.processIdentifier)"
// O_APPEND: each run's line is one write at the end, whatever the other replica writes.
let runLog: Int32? = environment["QUEUE_RUN_LOG"].map { open($0, O_WRONLY | O_APPEND | O_CREAT, 0o644) }

struct WorkFailed: Error, CustomStringConvertible {
    var attempt: Int
    var description: String { "attempt \(attempt) fails on purpose" }
}

let gateway = Gateway(configuration: configuration)
gateway.register("jobs/work", method: .post) { context -> JSONValue in
    if let runLog {
        let line = Array("\(context.uuid) \(context.attempt) \(Int(Date().timeIntervalSince1970 * 1000))\n".utf8)
        _ = line.withUnsafeBytes { write(runLog, $0.baseAddress, $0.count) }
    }
    let milliseconds = context.params["ms"]?.numberValue ?? 0
    if milliseconds > 0 { try await Task.sleep(for: .milliseconds(Int(milliseconds))) }
    if Double(context.attempt) <= context.params["failures"]?.numberValue ?? 0 { throw WorkFailed(attempt: context.attempt) }
    return ["replica": .string(replica), "attempt": .number(Double(context.attempt))]
}

let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().path
await gateway.runOrExit(root: root, server: .init(address: .hostname("127.0.0.1", port: setting("PORT", 8090))))
