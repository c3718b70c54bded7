import OrderedCollections
import Synchronization

/// Small static representations kept in memory (file bytes and rendered Markdown), bounded in
/// entry size and in total, least recently used evicted first. An entry is valid only for the
/// file version (size and modification time) it was made from, so edits are picked up.
final class StaticContentCache: Sendable {
    struct Key: Hashable {
        var path: String
        /// `html` for rendered Markdown, `file` for the bytes as on disk.
        var variant: String
    }

    private struct Entry {
        var version: StaticFileVersion
        var bytes: [UInt8]
    }

    private struct State {
        var entries: OrderedDictionary<Key, Entry> = [:]
        var total = 0
    }

    /// Larger representations are never cached.
    let maximumEntrySize: Int
    /// The cache never holds more bytes than this.
    let maximumTotalSize: Int
    private let state = Mutex(State())

    init(maximumEntrySize: Int = 1 << 20, maximumTotalSize: Int = 32 << 20) {
        self.maximumEntrySize = maximumEntrySize
        self.maximumTotalSize = maximumTotalSize
    }

    /// The cached bytes of `key`, when they were made from `version`.
    func bytes(for key: Key, version: StaticFileVersion) -> [UInt8]? {
        state.withLock { state in
            guard let entry = state.entries.removeValue(forKey: key) else { return nil }
            guard entry.version == version else {
                state.total -= entry.bytes.count
                return nil
            }
            state.entries[key] = entry
            return entry.bytes
        }
    }

    /// Keeps `bytes` for `key` when small enough, evicting the least recently used entries.
    func store(_ bytes: [UInt8], for key: Key, version: StaticFileVersion) {
        guard bytes.count <= maximumEntrySize else { return }
        state.withLock { state in
            if let old = state.entries.removeValue(forKey: key) { state.total -= old.bytes.count }
            while state.total + bytes.count > maximumTotalSize, !state.entries.isEmpty {
                state.total -= state.entries.removeFirst().value.bytes.count
            }
            state.entries[key] = Entry(version: version, bytes: bytes)
            state.total += bytes.count
        }
    }
}
