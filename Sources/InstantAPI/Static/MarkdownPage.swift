import Foundation

/// A complete HTML page around rendered Markdown: doctype, a title from the first heading
/// (else the file name) and a small stylesheet.
enum MarkdownPage {
    enum Failure: Error {
        /// The source is not UTF-8 text.
        case notUTF8
        /// libcmark could not render it.
        case renderer
    }

    /// The page for Markdown `source`; `fallbackTitle` is used when it has no heading.
    static func render(_ source: [UInt8], fallbackTitle: String) throws(Failure) -> [UInt8] {
        guard let text = String(validating: source, as: UTF8.self) else { throw .notUTF8 }
        guard let body = MarkdownRenderer.html(from: text) else { throw .renderer }
        let title = firstHeading(in: body) ?? escape(fallbackTitle)
        let page = """
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title)</title>
            <style>\(stylesheet)</style>
            </head>
            <body>
            <main>
            \(body)</main>
            </body>
            </html>

            """
        return Array(page.utf8)
    }

    static let stylesheet = """
        body{margin:0;font:16px/1.6 -apple-system,BlinkMacSystemFont,"Segoe UI",Helvetica,Arial,sans-serif;\
        color:#1f2328;background:#fff}main{max-width:46rem;margin:0 auto;padding:2rem 1.25rem}\
        h1,h2,h3{line-height:1.25}a{color:#0969da}code{font:.9em ui-monospace,Menlo,Consolas,monospace;\
        background:#f2f4f7;padding:.15em .3em;border-radius:4px}pre{background:#f6f8fa;padding:1rem;\
        overflow:auto;border-radius:6px}pre code{background:none;padding:0}\
        blockquote{margin:0;padding:0 1rem;color:#59636e;border-left:.25em solid #d1d9e0}\
        table{border-collapse:collapse}td,th{border:1px solid #d1d9e0;padding:.3rem .6rem}
        """

    /// The text of the first `<hN>` element, tags removed (entities stay escaped).
    static func firstHeading(in html: String) -> String? {
        var rest = html[...]
        while let open = rest.range(of: "<h") {
            let after = rest[open.upperBound...]
            guard let level = after.first, ("1"..."6").contains(level) else {
                rest = after
                continue
            }
            guard let tagEnd = after.firstIndex(of: ">"), let close = after.range(of: "</h\(level)>") else { return nil }
            let inner = after[after.index(after: tagEnd)..<close.lowerBound]
            var text = ""
            var inTag = false
            for character in inner {
                if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag { text.append(character) }
            }
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            return trimmed.isEmpty ? nil : trimmed
        }
        return nil
    }

    static func escape(_ text: String) -> String {
        HTMLText.escape(text)
    }
}
