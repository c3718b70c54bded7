/// The names a well-known document gives one endpoint (upstream-parser-types §14.4).
public struct EndpointNaming: Sendable, Hashable {
    /// The route's segments joined with `_`, unsafe characters as `-` (`v1_items`, `_` for the root).
    public var name: String
    /// `/<route>/`, or `/<dir>*/` for a not-found handler.
    public var route: String
    /// The route's segments (`[]` for the root).
    public var parts: [String]

    /// The names of `definition`'s route.
    public init(_ definition: EndpointDefinition) {
        let key = definition.route
        var parts = key.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        if parts.last == "" { parts.removeLast() }
        self.parts = parts
        let joined = Self.replacingRuns(in: parts.joined(separator: "_"), with: "-") { character in
            character.isASCII && (character.isLetter || character.isNumber || character == "_" || character == "-")
        }
        name = joined.isEmpty ? "_" : joined
        if key.hasSuffix(":notfound") {
            route = "/" + key.dropLast(":notfound".count) + "*/"
        } else {
            route = key.isEmpty ? "/" : "/" + key + "/"
        }
    }

    /// The OpenAPI `operationId`: identifier without `[…]`, the parts joined with `.`, `_` and
    /// the lower-case method, every run of non-word characters as `_`, trimmed of `_`.
    public func operationID(identifier: String, method: HTTPMethodName) -> String {
        var raw = Self.removingBrackets(identifier)
        if !parts.isEmpty { raw += "." + parts.joined(separator: ".") }
        raw += "_" + method.rawValue.lowercased()
        let replaced = Self.replacingRuns(in: raw, with: "_") { character in
            character.isASCII && (character.isLetter || character.isNumber || character == "_")
        }
        return Self.trimmingUnderscores(replaced)
    }

    /// `text` without leading and trailing `_`.
    static func trimmingUnderscores(_ text: String) -> String {
        guard let first = text.firstIndex(where: { $0 != "_" }), let last = text.lastIndex(where: { $0 != "_" })
        else { return "" }
        return String(text[first...last])
    }

    /// Replaces every run of characters failing `keep` with one `replacement`.
    static func replacingRuns(in text: String, with replacement: Character, keep: (Character) -> Bool) -> String {
        var out = ""
        var inRun = false
        for character in text {
            if keep(character) {
                out.append(character)
                inRun = false
            } else if !inRun {
                out.append(replacement)
                inRun = true
            }
        }
        return out
    }

    private static func removingBrackets(_ text: String) -> String {
        var out = ""
        var depth = 0
        for character in text {
            if character == "[" {
                depth += 1
            } else if character == "]", depth > 0 {
                depth -= 1
            } else if depth == 0 {
                out.append(character)
            }
        }
        return out
    }
}
