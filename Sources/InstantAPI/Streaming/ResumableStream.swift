import Synchronization

/// One `_stream` / `_debug` execution: its events, the task that runs its closure, and what a
/// reconnect needs to resume it. The closure runs once, however many responses carry its
/// events: a client that goes away leaves it running for the reconnect grace period (held
/// back once the stream's buffer is full), and a reconnect with `Last-Event-ID` picks the
/// events up where the client left them.
final class ResumableStream: Sendable {
    let uuid: String
    /// The endpoint's definition name: a reconnect must ask for the same endpoint.
    let endpointName: String
    /// The stream response's headers, sent again on a resumed response.
    let headers: HeaderBag
    /// The caller's credentials (`Authorization` and `Cookie`): a reconnect must bring the same,
    /// so that knowing an execution id (it is in `X-Execution-Uuid` and logs) is not enough to
    /// take over someone's stream.
    let credentials: String
    let queue: EventQueue
    private let execution = Mutex<Task<Void, Never>?>(nil)
    private let onAbandon: @Sendable (ResumableStream) -> Void

    init(
        uuid: String, endpointName: String, headers: HeaderBag, credentials: String, queue: EventQueue,
        onAbandon: @escaping @Sendable (ResumableStream) -> Void
    ) {
        self.uuid = uuid
        self.endpointName = endpointName
        self.headers = headers
        self.credentials = credentials
        self.queue = queue
        self.onAbandon = onAbandon
    }

    /// Starts `work` (the closure and its `@begin` / `@response`) unless it already started.
    func start(_ work: @escaping @Sendable () async -> Void) {
        execution.withLock { task in
            if task == nil { task = Task { await work() } }
        }
    }

    /// Consumer `number` lost its client. Unless another consumer attaches within `grace` (or
    /// the closure finishes), the stream is abandoned: the closure is cancelled.
    func consumerLeft(_ number: Int, grace: Duration) {
        queue.detach(consumer: number)
        guard grace > .zero else { return abandonIfUnattended(since: number) }
        Task {
            try? await Task.sleep(for: grace)
            abandonIfUnattended(since: number)
        }
    }

    /// Abandons the stream when no consumer attached after consumer `number` left.
    private func abandonIfUnattended(since number: Int) {
        guard queue.closeIfUnattended(since: number) else { return }
        execution.withLock { $0?.cancel() }
        onAbandon(self)
    }
}

extension IncomingRequest {
    /// What identifies the caller of a stream: its `Authorization` and `Cookie` headers.
    var streamCredentials: String {
        (header(.authorization) ?? "") + "\n" + (header(.cookie) ?? "")
    }
}
