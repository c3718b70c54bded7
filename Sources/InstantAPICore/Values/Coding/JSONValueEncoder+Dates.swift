import Foundation

extension JSONValueEncoder {
    /// `date` as ISO 8601 in UTC with milliseconds, as JavaScript's `toJSON` writes it.
    static func isoString(_ date: Date) -> String {
        SharedISOFormatter.shared.string(from: date)
    }
}

/// One `ISO8601DateFormatter` for every encoder. Creating one costs tens of microseconds (on
/// Linux each sets up its own ICU formatter), far more than formatting with it; formatters
/// are not safe to use from several threads at once, hence the lock.
private final class SharedISOFormatter: @unchecked Sendable {
    static let shared = SharedISOFormatter()

    private let lock = NSLock()
    private let formatter: ISO8601DateFormatter

    private init() {
        formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
    }

    func string(from date: Date) -> String {
        lock.withLock { formatter.string(from: date) }
    }
}
