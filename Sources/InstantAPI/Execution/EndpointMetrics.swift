import Metrics

/// The swift-metrics an endpoint records for each execution of its closure, dimensioned by
/// the definition name (`v1/items#GET`):
/// - `instantapi.executions` (counter): every execution, `outcome` `success` or `error`;
/// - `instantapi.execution.errors` (counter): failed executions, by wire error `type`
///   (`RuntimeError`, `TimeoutError`, `ValueError`, …);
/// - `instantapi.execution.duration` (timer): how long the closure and its result checks took.
///
/// Made when the gateway loads, like a `Logger`: bootstrap `MetricsSystem` before `load`.
/// Requests that never reach a closure (404, 501, parameter errors) are not executions; they
/// are what Hummingbird's `MetricsMiddleware` counts.
struct EndpointMetrics: Sendable {
    let endpoint: String
    let succeeded: Counter
    let failed: Counter
    let duration: Timer

    init(endpoint: String) {
        self.endpoint = endpoint
        succeeded = Counter(label: "instantapi.executions", dimensions: [("endpoint", endpoint), ("outcome", "success")])
        failed = Counter(label: "instantapi.executions", dimensions: [("endpoint", endpoint), ("outcome", "error")])
        duration = Timer(label: "instantapi.execution.duration", dimensions: [("endpoint", endpoint)])
    }

    /// Records one execution; `errorType` is the wire type of its failure, `nil` on success.
    func record(duration: Duration, errorType: String?) {
        let (seconds, attoseconds) = duration.components
        self.duration.recordNanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
        guard let errorType else {
            succeeded.increment()
            return
        }
        failed.increment()
        // Failures are rare next to successes: their counter is looked up when one happens.
        Counter(label: "instantapi.execution.errors", dimensions: [("endpoint", endpoint), ("type", errorType)]).increment()
    }
}
