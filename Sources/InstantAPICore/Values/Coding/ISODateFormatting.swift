import Foundation

/// ISO 8601 dates for the encoder and the decoder, through formatters made once. Creating an
/// `ISO8601DateFormatter` costs tens of microseconds on Linux (each sets up its own ICU
/// formatter), far more than using one; they are not safe to use from several threads at
/// once, hence the lock.
final class ISODateFormatting: @unchecked Sendable {
    static let shared = ISODateFormatting()

    private let lock = NSLock()
    /// `2024-01-02T03:04:05.678Z`, as JavaScript's `toJSON` writes dates.
    private let withMilliseconds = ISODateFormatting.formatter([.withInternetDateTime, .withFractionalSeconds])
    /// `2024-01-02T03:04:05Z`, also accepted when decoding.
    private let withoutMilliseconds = ISODateFormatting.formatter([.withInternetDateTime])

    /// `date` in UTC with milliseconds.
    func string(from date: Date) -> String {
        lock.withLock { withMilliseconds.string(from: date) }
    }

    /// The date of ISO 8601 text with or without milliseconds.
    func date(from text: String) -> Date? {
        lock.withLock { withMilliseconds.date(from: text) ?? withoutMilliseconds.date(from: text) }
    }

    private static func formatter(_ options: ISO8601DateFormatter.Options) -> ISO8601DateFormatter {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = options
        return formatter
    }
}
