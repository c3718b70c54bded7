import Foundation
import InstantAPI
import InstantAPICore
import Logging
import PostgresNIO
import ServiceLifecycle
import Synchronization

/// A durable queue for `?_background` executions on PostgreSQL: the 202 is sent once the
/// execution is committed, and every replica's workers claim executions (`FOR UPDATE SKIP
/// LOCKED`) under a lease they renew while the closure runs. A replica that dies has its
/// executions taken over once their lease expires. Runs are at least once: a closure may run
/// again after a crash, a lost lease or a failure (``EndpointContext/attempt`` counts them).
///
/// ```swift
/// var configuration = GatewayConfiguration(name: "Reports")
/// configuration.background.queue = try PostgresBackgroundQueue(url: "postgres://app:secret@db:5432/app")
/// ```
///
/// The queue's ``run(executor:)`` (a gateway service, ``LoadedGateway/services``) connects,
/// creates or migrates the tables, then works until a graceful shutdown.
public final class PostgresBackgroundQueue: BackgroundQueue {
    /// Timings and sizes of the workers.
    public struct Options: Sendable {
        /// How long a claimed execution is reserved for its replica without a renewal; a
        /// replica that dies has its executions taken over after at most this.
        public var lease: Duration
        /// How often a replica renews the leases of what it runs (a third of the lease by default).
        public var leaseRenewal: Duration
        /// How often idle workers look for due executions (retries, expired leases) without
        /// being told of new ones (`NOTIFY`).
        public var pollInterval: Duration
        /// The most executions claimed by one statement.
        public var claimBatchSize: Int
        /// How long an enqueue waits for the queue to be ready (connected and migrated) at start-up.
        public var startupTimeout: Duration

        /// Defaults: a 15 s lease renewed every 5 s, a look every 250 ms, 32 per claim, 30 s to start.
        public init(
            lease: Duration = .seconds(15), leaseRenewal: Duration? = nil, pollInterval: Duration = .milliseconds(250),
            claimBatchSize: Int = 32, startupTimeout: Duration = .seconds(30)
        ) {
            self.lease = max(.milliseconds(100), lease)
            self.leaseRenewal = min(leaseRenewal ?? self.lease / 3, self.lease / 2)
            self.pollInterval = max(.milliseconds(10), pollInterval)
            self.claimBatchSize = max(1, claimBatchSize)
            self.startupTimeout = startupTimeout
        }
    }

    let client: PostgresClient
    let options: Options
    let logger: Logger
    /// This replica's name on its leases.
    let owner = "\(ProcessInfo.processInfo.hostName):\(ProcessInfo.processInfo.processIdentifier):\(UUID().uuidString.prefix(8))"
    private let readiness = Readiness()
    /// The retention statuses are read with: the gateway's, known once the queue runs.
    private let retention = Mutex<Duration>(.seconds(24 * 3600))
    /// Concurrent enqueues share one INSERT and its commit.
    private let inserts: GroupCommit<PostgresQueueSQL.Row>
    /// This replica's workers while the queue runs: an enqueue wakes them.
    private let worker = Mutex<PostgresWorker?>(nil)

    public var isDurable: Bool { true }

    /// A queue on the database `configuration` connects to.
    public init(configuration: PostgresClient.Configuration, options: Options = Options(), logger: Logger = Logger(label: "instant.queue")) {
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        self.client = client
        self.options = options
        self.logger = logger
        // Bodies of up to 8 MB in all per statement: PostgreSQL takes at most 1 GB in one value
        // (the bytea[] of the bodies) and the request bodies may be up to `maxRequestSize` each.
        inserts = GroupCommit(maxBatch: 256, maxWeight: 8 * 1024 * 1024, weigh: { $0.body.readableBytes }) { rows in
            for try await _ in try await client.execute(PostgresQueueSQL.Insert(rows: rows), logger: logger) {}
        }
    }

    /// A queue on `postgres://USER:PASS@HOST:PORT/DB` (`?sslmode=disable|prefer|require`);
    /// throws when the URL is not one.
    public convenience init(url: String, options: Options = Options(), logger: Logger = Logger(label: "instant.queue")) throws {
        self.init(configuration: try PostgresURL.configuration(url), options: options, logger: logger)
    }

    public func enqueue(_ execution: BackgroundExecution, executor: BackgroundExecutor) async throws {
        try await readiness.wait(timeout: options.startupTimeout)
        try await inserts.submit(PostgresQueueSQL.Row(execution))
        worker.withLock { $0 }?.enqueued()
    }

    public func status(of uuid: String) async throws -> ExecutionStatus? {
        try await readiness.wait(timeout: options.startupTimeout)
        let rows = try await client.query(PostgresQueueSQL.status(uuid: uuid, retention: retention.withLock { $0 }), logger: logger)
        for try await (state, attempts, result, error) in rows.decode((String, Int, String?, String?).self) {
            return ExecutionStatus(
                uuid: uuid, state: ExecutionStatus.State(rawValue: state) ?? .failed, attempts: attempts,
                result: result.flatMap { try? JSONValue.parse($0) }, error: error.flatMap { try? JSONValue.parse($0) })
        }
        return nil
    }

    /// Connects, migrates, then claims and runs executions until a graceful shutdown; then
    /// stops claiming, waits for running closures (the drain timeout), cancels the rest and
    /// gives their executions back. Throws when the database cannot be reached or migrated.
    public func run(executor: BackgroundExecutor) async throws {
        retention.withLock { $0 = executor.retention }
        // Detached: the client's run() ends at a graceful shutdown's start (it is a Service),
        // while the drain still needs its connections to record outcomes and give back leases.
        let connections = Task.detached { [client] in await client.run() }
        defer { connections.cancel() }
        try await withTaskCancellationHandler {
            do {
                let applied = try await PostgresQueueSchema.migrate(client, logger: logger)
                if !applied.isEmpty { logger.info("Background queue schema migrated to version \(applied.last ?? 0)") }
            } catch {
                // PostgresNIO's errors describe themselves generically (so that logs leak nothing);
                // their reflection says what went wrong.
                let failure = QueueUnavailable(
                    description: "The background queue's database cannot be used: \(String(reflecting: error))")
                readiness.fail(failure)
                throw failure
            }
            let worker = PostgresWorker(queue: self, executor: executor)
            self.worker.withLock { $0 = worker }
            defer { self.worker.withLock { $0 = nil } }
            readiness.open()
            try await worker.run()
        } onCancel: {
            connections.cancel()
        }
    }
}

/// Why the queue could not start.
struct QueueUnavailable: Error, CustomStringConvertible {
    var description: String
}
