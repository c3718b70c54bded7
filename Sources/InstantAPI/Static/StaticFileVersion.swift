#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The size and modification time of a static file at request time: its validators
/// (`ETag`, `Last-Modified`) and the key of its cached content.
struct StaticFileVersion: Hashable, Sendable {
    var size: Int
    /// Modification time, whole seconds since 1970.
    var seconds: Int64
    var nanoseconds: Int64

    /// The version of the regular file at `path`, or `nil` when it is gone or no longer a
    /// regular file. `lstat`: a file replaced by a symlink after loading is not followed.
    static func current(path: String) -> StaticFileVersion? {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        #if canImport(Darwin)
        let time = info.st_mtimespec
        #else
        let time = info.st_mtim
        #endif
        return StaticFileVersion(size: Int(info.st_size), seconds: Int64(time.tv_sec), nanoseconds: Int64(time.tv_nsec))
    }

    /// A strong entity tag: size and modification time in hex, plus the representation
    /// (`-html` for rendered Markdown) so the source and the page never share a tag.
    func entityTag(variant: String?) -> String {
        let time = String(seconds, radix: 16) + "-" + String(nanoseconds, radix: 16)
        return "\"" + String(size, radix: 16) + "-" + time + (variant.map { "-" + $0 } ?? "") + "\""
    }

    /// The `Last-Modified` value.
    var lastModified: String { HTTPDate.format(seconds) }
}
