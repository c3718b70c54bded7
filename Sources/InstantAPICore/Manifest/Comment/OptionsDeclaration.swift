/// `{?}` options: a JSON list, or a library call that lists them (upstream-parser-types §6.6).
/// JSON literals in the type token (`{"a"|"b"}`) replace any written options.
enum OptionsDeclaration {
    static func parse(
        literals: [JSONValue], text: String, type: ParameterType, name: String
    ) throws(ManifestError) -> ParameterOptions? {
        guard !literals.isEmpty || !text.isEmpty else { return nil }
        guard type.allowsOptions else {
            throw ManifestError("Options {?}: Not allowed for type \"\(type.name)\" on parameter \"\(name)\"")
        }
        let values: [JSONValue]
        let quoted: String
        if !literals.isEmpty {
            values = literals
            quoted = CommentText.arrayString(literals)
        } else if case .array(let list)? = try? JSONValue.parse(text) {
            values = list
            quoted = text
        } else {
            return .library(try library(text, name: name))
        }
        guard !values.isEmpty else {
            throw ManifestError("Options {?}: Must provide non-zero options length")
        }
        let checked: ParameterType = (type == .keyqlQuery || type == .keyqlOrder) ? .string : type
        for value in values where !accepts(checked, value) {
            throw ManifestError("Options {?}: \"\(name)\", type mismatch for type \(type.name) (\"\(quoted)\")")
        }
        return .values(values)
    }

    /// `types.validate(type, v)` for the types that allow options.
    static func accepts(_ type: ParameterType, _ value: JSONValue) -> Bool {
        switch (type, value) {
        case (.any, _): return true
        case (.string, .string): return true
        case (.number, .number), (.float, .number): return true
        case (.integer, .number(let n)): return isSafeInteger(n)
        default: return false
        }
    }

    static func isSafeInteger(_ n: Double) -> Bool {
        n.isFinite && n.rounded(.towardZero) == n && abs(n) <= 9_007_199_254_740_991
    }

    /// `lib.path[(k=v,…)] [labels] [values]`, split on single spaces.
    private static func library(_ text: String, name: String) throws(ManifestError) -> LibraryOptions {
        let tokens = CommentText.split(text, on: " ")
        let call = tokens.first ?? ""
        guard !call.isEmpty, CommentText.contains(call, ".") else {
            let second = tokens.count > 1 ? tokens[1] : "undefined"
            throw ManifestError("Options {?}: Invalid API call for \"\(name)\": \"\(second)\"")
        }
        var lib = call
        var map: [(key: String, value: String)]?
        let scalars = Array(call.unicodeScalars)
        // `/^(.+?)(?:\((.*)\))?$/`: the first `(` after at least one character, when the token
        // ends with `)`.
        if scalars.last == ")", let open = scalars.dropFirst().firstIndex(of: "("), open < scalars.count - 1 {
            lib = CommentText.string(scalars[..<open])
            let arguments = CommentText.string(scalars[(open + 1)..<(scalars.count - 1)])
            if !arguments.isEmpty {
                var pairs: [(key: String, value: String)] = []
                for pair in CommentText.split(arguments, on: ",") {
                    let parts = CommentText.split(pair, on: "=")
                    let key = parts.first ?? ""
                    let value = parts.dropFirst().joined(separator: "=")
                    guard isArgumentWord(key), isArgumentWord(value) else {
                        throw ManifestError("Options {?}: Invalid API call parameters for \"\(name)\": \"\(arguments)\"")
                    }
                    if let existing = pairs.firstIndex(where: { $0.key == key }) {
                        pairs[existing].value = value
                    } else {
                        pairs.append((key, value))
                    }
                }
                map = pairs
            }
        }
        let labels = tokens.count > 1 && !tokens[1].isEmpty ? tokens[1] : "$"
        let values = tokens.count > 2 && !tokens[2].isEmpty ? tokens[2] : labels
        return LibraryOptions(lib: lib, map: map, labels: labels, values: values)
    }

    /// `/^[a-z0-9\_]+$/i`
    private static func isArgumentWord(_ s: String) -> Bool {
        !s.isEmpty && s.unicodeScalars.allSatisfy { u in
            CommentText.isDigit(u) || u == "_" || (u.value | 0x20 >= 0x61 && u.value | 0x20 <= 0x7A)
        }
    }
}
