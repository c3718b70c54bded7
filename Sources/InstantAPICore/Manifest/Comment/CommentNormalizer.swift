/// One comment line after normalisation, with the file line it came from.
struct CommentLine: Sendable, Hashable {
    var text: String
    var fileLine: Int
}

/// Turns the raw text of a `/** … */` block into lines, as the original's
/// `parseCommentFromStatement` + `stripComments` do (upstream-parser-types §3.2).
enum CommentNormalizer {
    /// `comment` is the text between `/*` and `*/`; `firstLine` is where `/**` stands.
    static func lines(of comment: String, firstLine: Int) -> [CommentLine] {
        var scalars = Array(comment.unicodeScalars)
        var skippedLines = 0
        let isOneLine = !scalars.contains { $0 == "\n" }
        if let (start, end, newlines) = normalisedBounds(scalars) {
            scalars = Array(scalars[start..<end])
            skippedLines = newlines
        }
        // Q2: a closing `*/` indented on its own line leaves a whitespace-only last line, which
        // the original turns into a trailing "\n" in the description. Drop trailing whitespace.
        while let last = scalars.last, CommentText.isWhitespace(last) {
            scalars.removeLast()
        }
        // Q3: `/** @param {string} a */` starts with the space after `/**`; without this the
        // directive would be read as description text.
        if isOneLine {
            while let first = scalars.first, CommentText.isWhitespace(first) {
                scalars.removeFirst()
            }
        }
        var result: [CommentLine] = []
        var current: [Unicode.Scalar] = []
        var lineNumber = firstLine + skippedLines
        for u in scalars {
            if u == "\n" {
                if current.last == "\r" { current.removeLast() }
                result.append(CommentLine(text: stripStar(current), fileLine: lineNumber))
                current.removeAll(keepingCapacity: true)
                lineNumber += 1
            } else {
                current.append(u)
            }
        }
        result.append(CommentLine(text: stripStar(current), fileLine: lineNumber))
        return result
    }

    /// The original's `/^\*+(?:\r?\n)*((?:\r?\n|.)*?)(?:\r?\n)*$/` replacement: the kept range,
    /// and how many newlines were skipped at the start. `nil` when the pattern does not match
    /// (no leading `*`, or a line terminator `.` cannot match), in which case nothing is removed.
    private static func normalisedBounds(_ s: [Unicode.Scalar]) -> (Int, Int, Int)? {
        var i = 0
        while i < s.count, s[i] == "*" { i += 1 }
        guard i > 0 else { return nil }
        for (k, u) in s.enumerated() where k >= i {
            if u == "\r" {
                guard k + 1 < s.count, s[k + 1] == "\n" else { return nil }
            } else if u.value == 0x2028 || u.value == 0x2029 {
                return nil
            }
        }
        var newlines = 0
        while true {
            if i < s.count, s[i] == "\n" {
                i += 1
            } else if i + 1 < s.count, s[i] == "\r", s[i + 1] == "\n" {
                i += 2
            } else {
                break
            }
            newlines += 1
        }
        var end = s.count
        while end > i {
            if s[end - 1] == "\n" {
                end -= 1
                if end > i, s[end - 1] == "\r" { end -= 1 }
            } else {
                break
            }
        }
        return (i, end, newlines)
    }

    /// `line.replace(/^\s*\*\s*/, '')`: a line without a `*` keeps its leading whitespace.
    private static func stripStar(_ line: [Unicode.Scalar]) -> String {
        var i = 0
        while i < line.count, CommentText.isWhitespace(line[i]) { i += 1 }
        guard i < line.count, line[i] == "*" else { return CommentText.string(line) }
        i += 1
        while i < line.count, CommentText.isWhitespace(line[i]) { i += 1 }
        return CommentText.string(line[i...])
    }
}
