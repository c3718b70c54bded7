import Foundation
import Synchronization

/// ISO 8601 dates for the encoder and the decoder, through formatters made once. Creating an
/// `ISO8601DateFormatter` costs tens of microseconds on Linux (each sets up its own ICU
/// formatter), far more than using one; they are not safe to use from several threads at
/// once, hence the mutex.
final class ISODateFormatting: Sendable {
    static let shared = ISODateFormatting()

    private struct Formatters {
        /// `2024-01-02T03:04:05.678Z`, as JavaScript's `toJSON` writes dates.
        let withMilliseconds = ISODateFormatting.formatter([.withInternetDateTime, .withFractionalSeconds])
        /// `2024-01-02T03:04:05Z`, also accepted when decoding.
        let withoutMilliseconds = ISODateFormatting.formatter([.withInternetDateTime])
    }

    private let formatters = Mutex(Formatters())

    /// `date` in UTC with milliseconds.
    func string(from date: Date) -> String {
        formatters.withLock { $0.withMilliseconds.string(from: date) }
    }

    /// The date of ISO 8601 text with or without milliseconds.
    func date(from text: String) -> Date? {
        formatters.withLock { $0.withMilliseconds.date(from: text) ?? $0.withoutMilliseconds.date(from: text) }
    }

    private static func formatter(_ options: ISO8601DateFormatter.Options) -> ISO8601DateFormatter {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = options
        return formatter
    }
}
