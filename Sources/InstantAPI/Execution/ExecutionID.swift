import Foundation
import Synchronization

/// Execution ids: random (version 4) UUIDs in lowercase, as the original's `X-Execution-Uuid`,
/// written as hex directly: Foundation's `UUID()` opens `/dev/urandom` for every id on Linux
/// and `uuidString.lowercased()` allocates twice, a measurable share of a small request.
enum ExecutionID {
    static func make() -> String {
        let (first, second) = RandomBytePool.shared.next()
        let high = first & 0xFFFF_FFFF_FFFF_0FFF | 0x0000_0000_0000_4000
        let low = second & 0x3FFF_FFFF_FFFF_FFFF | 0x8000_0000_0000_0000
        return String(unsafeUninitializedCapacity: 36) { buffer in
            var index = 0
            func write(_ value: UInt64, nibbles: Int) {
                var shift = nibbles * 4
                while shift > 0 {
                    shift -= 4
                    let nibble = UInt8(truncatingIfNeeded: value >> UInt64(shift)) & 0xF
                    buffer[index] = nibble < 10 ? 0x30 + nibble : 0x57 + nibble
                    index += 1
                }
            }
            func dash() {
                buffer[index] = 0x2D
                index += 1
            }
            write(high >> 32, nibbles: 8)
            dash()
            write(high >> 16, nibbles: 4)
            dash()
            write(high, nibbles: 4)
            dash()
            write(low >> 48, nibbles: 4)
            dash()
            write(low, nibbles: 12)
            return index
        }
    }
}

extension ExecutionID {
    /// Whether `text` has an id's form: 36 lowercase hex digits and dashes (8-4-4-4-12).
    static func isWellFormed(_ text: some StringProtocol) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 36 else { return false }
        for (index, byte) in bytes.enumerated() {
            if index == 8 || index == 13 || index == 18 || index == 23 {
                guard byte == UInt8(ascii: "-") else { return false }
            } else {
                guard (0x30...0x39).contains(byte) || (0x61...0x66).contains(byte) else { return false }
            }
        }
        return true
    }
}

/// Kernel randomness read 4 KiB at a time: one system call per 256 ids instead of two per id
/// (Node's `crypto.randomUUID` caches its entropy the same way).
private final class RandomBytePool: Sendable {
    static let shared = RandomBytePool()

    private struct State {
        var words = [UInt64](repeating: 0, count: 512)
        var position = 512
    }

    private let state = Mutex(State())
    /// Opened once and never closed (the pool lives as long as the process); a plain `Int32`.
    private let urandom = open("/dev/urandom", O_RDONLY | O_CLOEXEC)

    /// Two fresh random words.
    func next() -> (UInt64, UInt64) {
        state.withLock { state in
            if state.position + 2 > state.words.count { refill(&state) }
            defer { state.position += 2 }
            return (state.words[state.position], state.words[state.position + 1])
        }
    }

    private func refill(_ state: inout State) {
        let descriptor = urandom
        var filled = false
        if descriptor >= 0 {
            filled = state.words.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) == $0.count }
        }
        if !filled {
            var generator = SystemRandomNumberGenerator()
            for index in state.words.indices { state.words[index] = generator.next() }
        }
        state.position = 0
    }
}
