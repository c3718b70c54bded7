import InstantAPI
import InstantAPICore
import PostgresNIO

/// The statements of the queue, one place for every query text.
enum PostgresQueueSQL {
    /// An execution as its row is inserted.
    struct Row: Sendable {
        var uuid: String
        var endpoint: String
        var alias: String
        var params: String
        var request: String
        var body: ByteBuffer
        var retry: RetryPolicy

        init(_ execution: BackgroundExecution) {
            uuid = execution.uuid
            endpoint = execution.endpoint
            alias = execution.alias
            params = JSONValue.object(execution.params).jsonString()
            request = StoredRequest.encode(execution.request)
            body = ByteBuffer(bytes: execution.body)
            retry = execution.retry
        }
    }

    /// Queues `rows` with one statement (one commit for all of them: ``GroupCommit``), prepared
    /// once per connection: the database plans it once instead of once per enqueue.
    struct Insert: PostgresPreparedStatement {
        static let sql = """
            INSERT INTO instant_executions
                (uuid, endpoint, alias, params, request, body, state, max_attempts, retry_initial_ms, retry_multiplier, retry_max_ms)
            SELECT uuid, endpoint, alias, params, request, body, 'queued', max_attempts, retry_initial_ms, retry_multiplier, retry_max_ms
            FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::bytea[], $7::int8[], $8::float8[],
                $9::float8[], $10::float8[])
                AS v(uuid, endpoint, alias, params, request, body, max_attempts, retry_initial_ms, retry_multiplier, retry_max_ms)
            """
        typealias Row = Void

        var rows: [PostgresQueueSQL.Row]

        func makeBindings() throws -> PostgresBindings {
            func milliseconds(_ duration: Duration) -> Double { duration / .milliseconds(1) }
            var bindings = PostgresBindings(capacity: 10)
            bindings.append(rows.map(\.uuid))
            bindings.append(rows.map(\.endpoint))
            bindings.append(rows.map(\.alias))
            bindings.append(rows.map(\.params))
            bindings.append(rows.map(\.request))
            bindings.append(rows.map(\.body))
            bindings.append(rows.map(\.retry.maxAttempts))
            bindings.append(rows.map { milliseconds($0.retry.initialDelay) })
            bindings.append(rows.map(\.retry.multiplier))
            bindings.append(rows.map { milliseconds($0.retry.maxDelay) })
            return bindings
        }

        func decodeRow(_ row: PostgresRow) throws {}
    }

    /// Takes up to `limit` queued executions that are due, for `owner`, leased for `lease`.
    static func claim(limit: Int, owner: String, lease: Duration) -> PostgresQuery {
        """
        WITH next AS (
            SELECT uuid FROM instant_executions
            WHERE state = 'queued' AND run_at <= now()
            ORDER BY run_at
            LIMIT \(limit)
            FOR UPDATE SKIP LOCKED
        )
        UPDATE instant_executions AS e
        SET state = 'running', attempts = e.attempts + 1, lease_owner = \(owner),
            lease_until = now() + \(lease / .milliseconds(1)) * interval '1 millisecond', started_at = now()
        FROM next WHERE e.uuid = next.uuid
        RETURNING e.uuid, e.endpoint, e.alias, e.params, e.request, e.body, e.attempts, e.max_attempts,
            e.retry_initial_ms, e.retry_multiplier, e.retry_max_ms
        """
    }

    /// Executions whose lease expired (their replica died or lost the database) go back to
    /// the queue, or fail when that was their last attempt.
    static func reclaimExpired(error: String) -> PostgresQuery {
        """
        UPDATE instant_executions
        SET state = CASE WHEN attempts >= max_attempts THEN 'failed' ELSE 'queued' END,
            error = CASE WHEN attempts >= max_attempts THEN \(error) ELSE error END,
            finished_at = CASE WHEN attempts >= max_attempts THEN now() END,
            run_at = now(), lease_owner = NULL, lease_until = NULL
        WHERE state = 'running' AND lease_until < now()
        """
    }

    static func renewLeases(owner: String, lease: Duration) -> PostgresQuery {
        """
        UPDATE instant_executions SET lease_until = now() + \(lease / .milliseconds(1)) * interval '1 millisecond'
        WHERE state = 'running' AND lease_owner = \(owner)
        """
    }

    /// Records the successes of one batch at once: one statement and one commit for all of
    /// them (`uuids`, `attempts` and `results` line up).
    static func succeed(uuids: [String], attempts: [Int], results: [String], owner: String) -> PostgresQuery {
        """
        UPDATE instant_executions AS e
        SET state = 'succeeded', result = v.result, error = NULL, finished_at = now(), lease_owner = NULL, lease_until = NULL
        FROM unnest(\(uuids)::text[], \(attempts)::int8[], \(results)::text[]) AS v(uuid, attempt, result)
        WHERE e.uuid = v.uuid AND e.lease_owner = \(owner) AND e.attempts = v.attempt AND e.state = 'running'
        """
    }

    static func retry(uuid: String, owner: String, attempt: Int, error: String, after delay: Duration) -> PostgresQuery {
        """
        UPDATE instant_executions
        SET state = 'queued', error = \(error), run_at = now() + \(delay / .milliseconds(1)) * interval '1 millisecond',
            lease_owner = NULL, lease_until = NULL
        WHERE uuid = \(uuid) AND lease_owner = \(owner) AND attempts = \(attempt) AND state = 'running'
        """
    }

    static func fail(uuid: String, owner: String, attempt: Int, error: String) -> PostgresQuery {
        """
        UPDATE instant_executions
        SET state = 'failed', error = \(error), finished_at = now(), lease_owner = NULL, lease_until = NULL
        WHERE uuid = \(uuid) AND lease_owner = \(owner) AND attempts = \(attempt) AND state = 'running'
        """
    }

    /// A shutdown gives back what it did not finish: queued again at once, the interrupted
    /// attempt not counted.
    static func release(owner: String) -> PostgresQuery {
        """
        UPDATE instant_executions
        SET state = 'queued', attempts = greatest(attempts - 1, 0), run_at = now(), lease_owner = NULL, lease_until = NULL
        WHERE state = 'running' AND lease_owner = \(owner)
        """
    }

    static let notify: PostgresQuery = "SELECT pg_notify('instant_executions', '')"

    static func status(uuid: String, retention: Duration) -> PostgresQuery {
        """
        SELECT state, attempts, result, error FROM instant_executions
        WHERE uuid = \(uuid) AND (finished_at IS NULL OR finished_at >= now() - \(retention / .milliseconds(1)) * interval '1 millisecond')
        """
    }

    /// Forgets up to 1,000 executions finished longer than `retention` ago.
    static func deleteExpired(retention: Duration) -> PostgresQuery {
        """
        DELETE FROM instant_executions WHERE uuid IN (
            SELECT uuid FROM instant_executions
            WHERE finished_at < now() - \(retention / .milliseconds(1)) * interval '1 millisecond'
            LIMIT 1000)
        """
    }
}
