import CCmark
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Renders Markdown to HTML with libcmark (CommonMark), for static `.md` files.
public enum MarkdownRenderer {
    /// The HTML body for `markdown`, or `nil` when libcmark fails.
    public static func html(from markdown: String) -> String? {
        let bytes = Array(markdown.utf8)
        let rendered = bytes.withUnsafeBufferPointer { buffer -> UnsafeMutablePointer<CChar>? in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    cmark_markdown_to_html($0, buffer.count, CMARK_OPT_DEFAULT)
                }
            }
        }
        guard let rendered else { return bytes.isEmpty ? "" : nil }
        defer { free(rendered) }
        return String(cString: rendered)
    }
}
