import Logging
import PostgresNIO

/// The queue's tables, created or migrated at start-up. Several replicas may start at once:
/// each migrates inside one transaction under an advisory lock, so one applies a version and
/// the others find it applied.
enum PostgresQueueSchema {
    /// Any constant shared by every replica: the advisory lock's key.
    static let lockKey = 0x1A57_A47A
    static let notificationChannel = "instant_executions"

    /// Each version's statements, in order; a version, once released, never changes.
    static let migrations: [[PostgresQuery]] = [
        [
            """
            CREATE TABLE instant_executions (
                uuid text PRIMARY KEY,
                endpoint text NOT NULL,
                alias text NOT NULL,
                params text NOT NULL,
                request text NOT NULL,
                body bytea NOT NULL,
                state text NOT NULL CHECK (state IN ('queued', 'running', 'succeeded', 'failed')),
                attempts integer NOT NULL DEFAULT 0,
                max_attempts integer NOT NULL,
                retry_initial_ms double precision NOT NULL,
                retry_multiplier double precision NOT NULL,
                retry_max_ms double precision NOT NULL,
                run_at timestamptz NOT NULL DEFAULT now(),
                lease_owner text,
                lease_until timestamptz,
                result text,
                error text,
                created_at timestamptz NOT NULL DEFAULT now(),
                started_at timestamptz,
                finished_at timestamptz
            )
            """,
            "CREATE INDEX instant_executions_queued ON instant_executions (run_at) WHERE state = 'queued'",
            "CREATE INDEX instant_executions_leases ON instant_executions (lease_until) WHERE state = 'running'",
            "CREATE INDEX instant_executions_finished ON instant_executions (finished_at) WHERE finished_at IS NOT NULL",
            """
            CREATE FUNCTION instant_executions_notify() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                PERFORM pg_notify('instant_executions', '');
                RETURN NULL;
            END
            $$
            """,
            """
            CREATE TRIGGER instant_executions_inserted AFTER INSERT ON instant_executions
            FOR EACH STATEMENT EXECUTE FUNCTION instant_executions_notify()
            """,
        ],
        // Version 2: no NOTIFY inside the enqueue's transaction. A notifying commit holds a
        // lock shared by the whole server until its WAL is flushed, so enqueues committed one
        // fsync after the other; the enqueuing replica now wakes its own workers and tells the
        // others with a NOTIFY of its own, coalesced (PostgresWorker.announce).
        [
            "DROP TRIGGER IF EXISTS instant_executions_inserted ON instant_executions",
            "DROP FUNCTION IF EXISTS instant_executions_notify()",
        ],
    ]

    /// Brings the database to the latest version; returns the versions this call applied.
    @discardableResult
    static func migrate(_ client: PostgresClient, logger: Logger) async throws -> [Int] {
        try await client.withTransaction(logger: logger) { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(\(lockKey))", logger: logger)
            try await connection.query(
                "CREATE TABLE IF NOT EXISTS instant_schema_versions (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())",
                logger: logger)
            var current = 0
            for try await version in try await connection.query(
                "SELECT coalesce(max(version), 0)::int8 FROM instant_schema_versions", logger: logger
            ).decode(Int.self) {
                current = version
            }
            var applied: [Int] = []
            for (index, statements) in migrations.enumerated() where index + 1 > current {
                for statement in statements { try await connection.query(statement, logger: logger) }
                let version = index + 1
                try await connection.query("INSERT INTO instant_schema_versions (version) VALUES (\(version))", logger: logger)
                applied.append(version)
            }
            return applied
        }
    }
}
