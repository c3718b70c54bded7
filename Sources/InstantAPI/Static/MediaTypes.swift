/// Content types of static files by extension: the common web types with the values the
/// original's `mime` package gives (`.js` is `application/javascript`), text types with
/// `; charset=utf-8` (upstream-gateway §3.4), anything unknown `application/octet-stream`.
enum MediaTypes {
    static let fallback = "application/octet-stream"

    /// Extension (lowercased, without the dot) to media type.
    static let byExtension: [String: String] = [
        // Text
        "html": "text/html", "htm": "text/html", "shtml": "text/html", "css": "text/css",
        "txt": "text/plain", "text": "text/plain", "log": "text/plain", "conf": "text/plain",
        "csv": "text/csv", "tsv": "text/tab-separated-values", "md": "text/markdown",
        "markdown": "text/markdown", "xml": "text/xml", "ics": "text/calendar", "vtt": "text/vtt",
        "yaml": "text/yaml", "yml": "text/yaml", "mjs": "application/javascript",
        "js": "application/javascript", "cjs": "application/javascript",
        // Data
        "json": "application/json", "map": "application/json", "jsonld": "application/ld+json",
        "webmanifest": "application/manifest+json", "pdf": "application/pdf", "zip": "application/zip",
        "gz": "application/gzip", "tar": "application/x-tar", "wasm": "application/wasm",
        "rss": "application/rss+xml", "atom": "application/atom+xml", "xhtml": "application/xhtml+xml",
        "bin": "application/octet-stream",
        // Images
        "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif",
        "webp": "image/webp", "avif": "image/avif", "svg": "image/svg+xml", "ico": "image/x-icon",
        "bmp": "image/bmp", "tif": "image/tiff", "tiff": "image/tiff",
        // Fonts
        "woff": "font/woff", "woff2": "font/woff2", "ttf": "font/ttf", "otf": "font/otf",
        // Audio and video
        "mp3": "audio/mpeg", "wav": "audio/wav", "ogg": "audio/ogg", "oga": "audio/ogg",
        "m4a": "audio/mp4", "flac": "audio/flac", "mp4": "video/mp4", "m4v": "video/mp4",
        "webm": "video/webm", "ogv": "video/ogg", "mov": "video/quicktime", "avi": "video/x-msvideo",
        "mpeg": "video/mpeg",
    ]

    /// The `Content-Type` header value for a file name.
    static func contentType(forFileName name: Substring) -> String {
        let type = mediaType(forFileName: name) ?? fallback
        return type.hasPrefix("text/") ? type + "; charset=utf-8" : type
    }

    /// The media type of a known extension, without parameters (`text/html`).
    static func mediaType(forFileName name: Substring) -> String? {
        guard let dot = name.lastIndex(of: ".") else { return nil }
        return byExtension[name[name.index(after: dot)...].lowercased()]
    }
}
