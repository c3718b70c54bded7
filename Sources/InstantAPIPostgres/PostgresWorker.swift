import Foundation
import InstantAPI
import InstantAPICore
import Logging
import PostgresNIO
import ServiceLifecycle
import Synchronization

/// One replica's workers: claims due executions while it has free slots (woken by an enqueue
/// of this replica, by another's `NOTIFY`, by a finished execution, and every poll interval for
/// retries and expired leases), runs them, records their outcome (successes in batches),
/// renews the leases of those running, and on a graceful shutdown drains, then gives back what
/// it did not finish.
final class PostgresWorker: Sendable {
    let queue: PostgresBackgroundQueue
    let executor: BackgroundExecutor

    private struct State {
        var running = 0
        var stopping = false
        /// A `NOTIFY` or an enqueue of this replica came since the last claim.
        var notified = false
        /// This replica enqueued since its last `NOTIFY`.
        var announce = false
    }

    /// A success waiting for its record, written with the others waiting (``recordSuccesses()``).
    private struct Success: Sendable {
        var uuid: String
        var attempt: Int
        var result: String
        var recorded: CheckedContinuation<Void, Never>
    }

    /// At least this between two claims that were not full: under load, one claim for many
    /// enqueues; an execution waits at most this longer to start.
    static let claimGap = Duration.milliseconds(10)

    /// At most one `NOTIFY` for this replica's enqueues per this: under load, one for many.
    static let announcementGap = Duration.milliseconds(20)

    private let state = Mutex(State())
    private let wake = Signal()
    private let announcement = Signal()
    private let successes = Mutex<[Success]>([])
    private let successWaiting = Signal()

    init(queue: PostgresBackgroundQueue, executor: BackgroundExecutor) {
        self.queue = queue
        self.executor = executor
    }

    private var client: PostgresClient { queue.client }
    private var logger: Logger { queue.logger }
    private var options: PostgresBackgroundQueue.Options { queue.options }

    func run() async throws {
        await withTaskGroup(of: Void.self) { helpers in
            helpers.addTask { [self] in await listen() }
            helpers.addTask { [self] in await announce() }
            helpers.addTask { [self] in await recordSuccesses() }
            helpers.addTask { [self] in await every(options.leaseRenewal) { [self] in try await renewLeases() } }
            helpers.addTask { [self] in
                await every(.seconds(60)) { [self] in try await client.query(PostgresQueueSQL.deleteExpired(retention: executor.retention), logger: logger) } }
            await withGracefulShutdownHandler { [self] in
                await work()
            } onGracefulShutdown: { [self] in
                state.withLock { $0.stopping = true }
                wake.signal()
            }
            helpers.cancelAll()
        }
        do {
            try await client.query(PostgresQueueSQL.release(owner: queue.owner), logger: logger)
            try await client.query(PostgresQueueSQL.notify, logger: logger)
        } catch {
            logger.error("Could not give back unfinished background executions (their leases will expire): \(String(reflecting: error))")
        }
    }

    /// An execution was committed by this replica: its workers look at once, the others' are
    /// told soon (``announce()``).
    func enqueued() {
        state.withLock {
            $0.notified = true
            $0.announce = true
        }
        wake.signal()
        announcement.signal()
    }

    /// Claims and runs until the shutdown, then waits for the running ones at most the drain
    /// timeout and cancels the rest.
    private func work() async {
        await withDiscardingTaskGroup { executions in
            var lastClaim = ContinuousClock.now - options.pollInterval
            var lastClaimWasFull = false
            while !state.withLock({ $0.stopping }) {
                let now = ContinuousClock.now
                let polling = now - lastClaim >= options.pollInterval
                let free = executor.maxConcurrentExecutions - state.withLock { $0.running }
                let due = free > 0 && (lastClaimWasFull || polling || state.withLock { $0.notified })
                if due {
                    state.withLock { $0.notified = false }
                    let limit = min(free, options.claimBatchSize)
                    do {
                        if polling { try await client.query(PostgresQueueSQL.reclaimExpired(error: Self.leaseExpiredError), logger: logger) }
                        let claimed = try await claim(limit: limit)
                        lastClaim = now
                        lastClaimWasFull = claimed.count == limit
                        for execution in claimed {
                            state.withLock { $0.running += 1 }
                            executions.addTask { [self] in
                                await finish(execution)
                                state.withLock { $0.running -= 1 }
                                wake.signal()
                            }
                        }
                        if lastClaimWasFull { continue }
                    } catch {
                        logger.error("Could not claim background executions: \(String(reflecting: error))")
                        lastClaim = now
                        lastClaimWasFull = false
                    }
                    // The enqueues of the next moment are claimed together: one statement and
                    // one commit for many, which leaves the database's time to the enqueues.
                    try? await Task.sleep(for: Self.claimGap)
                }
                await wake.wait(timeout: options.pollInterval)
            }
            let deadline = ContinuousClock.now + executor.drainTimeout
            while state.withLock({ $0.running }) > 0, ContinuousClock.now < deadline {
                await wake.wait(timeout: min(.milliseconds(100), deadline - ContinuousClock.now))
            }
            executions.cancelAll()
        }
    }

    private struct Claimed: Sendable {
        var execution: BackgroundExecution?
        var uuid: String
        var attempt: Int
        var problem: String?
    }

    private func claim(limit: Int) async throws -> [Claimed] {
        let rows = try await client.query(
            PostgresQueueSQL.claim(limit: limit, owner: queue.owner, lease: options.lease), logger: logger)
        var claimed: [Claimed] = []
        for try await (uuid, endpoint, alias, params, request, body, attempts, maxAttempts, initial, multiplier, maxDelay)
            in rows.decode((String, String, String, String, String, ByteBuffer, Int, Int, Double, Double, Double).self)
        {
            let retry = RetryPolicy(
                maxAttempts: maxAttempts, initialDelay: .milliseconds(initial), multiplier: multiplier,
                maxDelay: .milliseconds(maxDelay))
            do {
                let head = try StoredRequest.decode(request)
                let execution = BackgroundExecution(
                    uuid: uuid, endpoint: endpoint, alias: alias,
                    params: (try? JSONValue.parse(params))?.objectValue ?? [:], request: head,
                    body: Array(buffer: body), peerAddress: nil, retry: retry)
                claimed.append(Claimed(execution: execution, uuid: uuid, attempt: attempts))
            } catch {
                claimed.append(Claimed(execution: nil, uuid: uuid, attempt: attempts, problem: error.description))
            }
        }
        return claimed
    }

    /// Runs one claimed attempt and records its outcome; a record that cannot be written is
    /// logged, and the lease's expiry brings the execution back (at least once).
    private func finish(_ claimed: Claimed) async {
        let owner = queue.owner
        let outcome: ExecutionOutcome
        if let execution = claimed.execution {
            outcome = await executor.perform(execution, attempt: claimed.attempt)
        } else {
            outcome = .failed(["type": "ExecutionError", "message": .string(claimed.problem ?? "Unreadable execution")])
        }
        let query: PostgresQuery
        switch outcome {
        case .succeeded(let result):
            await recordSuccess(uuid: claimed.uuid, attempt: claimed.attempt, result: result.jsonString())
            return
        case .failed(let error) where claimed.execution.map({ claimed.attempt < $0.retry.maxAttempts }) ?? false:
            let delay = claimed.execution?.retry.delay(afterAttempt: claimed.attempt) ?? .zero
            query = PostgresQueueSQL.retry(uuid: claimed.uuid, owner: owner, attempt: claimed.attempt, error: error.jsonString(), after: delay)
        case .failed(let error):
            query = PostgresQueueSQL.fail(uuid: claimed.uuid, owner: owner, attempt: claimed.attempt, error: error.jsonString())
        case .interrupted:
            return
        }
        do {
            try await client.query(query, logger: logger)
        } catch {
            logger.error(
                "Could not record a background execution's outcome (it runs again once its lease expires): \(String(reflecting: error))",
                metadata: ["execution-uuid": .string(claimed.uuid)])
        }
    }

    /// Waits until the success is written (with the others of its batch).
    private func recordSuccess(uuid: String, attempt: Int, result: String) async {
        await withCheckedContinuation { continuation in
            successes.withLock { $0.append(Success(uuid: uuid, attempt: attempt, result: result, recorded: continuation)) }
            successWaiting.signal()
        }
    }

    /// Writes the successes waiting, each batch in one statement (one commit instead of one per
    /// execution: fewer WAL flushes and connections taken from the enqueues). Runs until
    /// cancelled, which happens once the executions, and so their records, are done.
    private func recordSuccesses() async {
        while true {
            let batch = successes.withLock { waiting in
                defer { waiting.removeAll(keepingCapacity: true) }
                return waiting
            }
            if batch.isEmpty {
                if Task.isCancelled { return }
                await successWaiting.wait(timeout: .seconds(1))
                continue
            }
            do {
                try await client.query(
                    PostgresQueueSQL.succeed(
                        uuids: batch.map(\.uuid), attempts: batch.map(\.attempt), results: batch.map(\.result), owner: queue.owner),
                    logger: logger)
            } catch {
                logger.error(
                    "Could not record \(batch.count) background executions' outcome (they run again once their lease expires): \(String(reflecting: error))")
            }
            for success in batch { success.recorded.resume() }
        }
    }

    /// Tells the other replicas (`NOTIFY`) that this one enqueued, at most once per
    /// ``announcementGap``. Outside the enqueue's transaction: a notifying commit holds a lock
    /// of the whole server until its WAL is flushed, which would line up the enqueues.
    private func announce() async {
        while !Task.isCancelled {
            await announcement.wait(timeout: .seconds(60))
            guard state.withLock({ state in
                defer { state.announce = false }
                return state.announce
            }) else { continue }
            do {
                try await client.query(PostgresQueueSQL.notify, logger: logger)
            } catch {
                if Task.isCancelled { return }
                logger.warning("Could not tell the other replicas of new background executions (they poll): \(String(reflecting: error))")
            }
            try? await Task.sleep(for: Self.announcementGap)
        }
    }

    private func renewLeases() async throws {
        guard state.withLock({ $0.running }) > 0 else { return }
        try await client.query(PostgresQueueSQL.renewLeases(owner: queue.owner, lease: options.lease), logger: logger)
    }

    /// Wakes the claim loop for every `NOTIFY` of an enqueue, reconnecting after a failure.
    private func listen() async {
        while !Task.isCancelled {
            do {
                try await client.withConnection { [self] connection in
                    for try await _ in try await connection.listen(PostgresQueueSchema.notificationChannel) {
                        state.withLock { $0.notified = true }
                        wake.signal()
                    }
                }
            } catch {
                if Task.isCancelled { return }
                logger.warning("Lost the background queue's notifications, listening again: \(String(reflecting: error))")
            }
            try? await Task.sleep(for: options.pollInterval)
        }
    }

    /// Runs `body` every `interval` until cancelled, logging its failures.
    private func every(_ interval: Duration, _ body: @Sendable () async throws -> Void) async {
        while (try? await Task.sleep(for: interval)) != nil {
            do { try await body() } catch { logger.warning("Background queue upkeep failed: \(String(reflecting: error))") }
        }
    }

    static let leaseExpiredError = JSONValue.object([
        "type": "ExecutionError", "message": "The replica running the last attempt stopped renewing its lease",
    ]).jsonString()
}
