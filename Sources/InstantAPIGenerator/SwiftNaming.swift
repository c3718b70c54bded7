/// Swift spellings of manifest names: routes, parameters, members, enum keys. Only ASCII
/// letters and digits survive, so every manifest name gives a valid, portable identifier.
enum SwiftNaming {
    /// Words that must be written in backticks where they name a property, case or label.
    static let keywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init", "inout",
        "internal", "let", "open", "operator", "private", "precedencegroup", "protocol", "public", "rethrows",
        "static", "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue", "default", "defer",
        "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return", "throw", "switch", "where",
        "while", "Any", "as", "await", "false", "is", "nil", "self", "Self", "super", "throws", "true", "try", "_",
    ]

    /// Type names generated code refers to (or users expect): a generated type never hides them.
    static let reservedTypeNames: Set<String> = [
        "String", "Int", "Double", "Float", "Bool", "Array", "Optional", "Dictionary", "Set", "Character", "UInt8",
        "Never", "Error", "Any", "AnyObject", "Self", "Type", "Protocol", "Sendable", "Hashable", "Equatable",
        "CaseIterable", "Data", "Date", "URL", "Swift", "Foundation", "JSONValue", "JSONObject", "ByteBuffer",
        "BufferResult", "EndpointResponse", "EndpointContext", "StreamingContext", "KeyQLQuery", "KeyQLLimit",
        "KeyQLOrder", "ManifestValue", "ManifestValueError", "ManifestMembers", "GeneratedStreamEvent",
        "NoStreamEvent", "RequestContext", "Gateway", "Context", "InstantAPI", "Hummingbird", "NIOCore",
        "Parameters", "Result", "Event",
    ]

    /// The ASCII letter-and-digit runs of `text`: `v1/weather-now` -> `v1`, `weather`, `now`.
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for scalar in text.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// `UpperCamelCase`: each word's first letter uppercased (`JSON_STRING` -> `JsonString`,
    /// `finishReason` -> `FinishReason`).
    static func pascal(_ text: String, fallback: String = "Value") -> String {
        let joined = words(text).map { word -> String in
            let base = word == word.uppercased() && word.count > 1 ? word.lowercased() : word
            return base.prefix(1).uppercased() + base.dropFirst()
        }.joined()
        return leadingDigitSafe(joined.isEmpty ? fallback : joined)
    }

    /// `lowerCamelCase`: as ``pascal(_:fallback:)`` with the first letter lowered.
    static func camel(_ text: String, fallback: String = "value") -> String {
        let upper = pascal(text, fallback: fallback)
        let trimmed = upper.hasPrefix("_") ? String(upper.dropFirst()) : upper
        return leadingDigitSafe(trimmed.prefix(1).lowercased() + trimmed.dropFirst())
    }

    /// An identifier may not start with a digit: `3d` -> `_3d`.
    static func leadingDigitSafe(_ name: String) -> String {
        guard let first = name.unicodeScalars.first, ("0"..."9").contains(first) else { return name }
        return "_" + name
    }

    /// `name` as written in code: in backticks when it is a keyword.
    static func escaped(_ name: String) -> String {
        keywords.contains(name) ? "`\(name)`" : name
    }
}

/// The names already used in one Swift scope (a namespace, a struct, an enum), so each new
/// member gets a distinct one: `name`, `name2`, `name3`, in declaration order.
struct NameScope {
    private var used: Set<String>

    init(reserved: Set<String> = []) {
        used = reserved
    }

    /// `base`, or `base` with the first free number appended.
    mutating func claim(_ base: String) -> String {
        var name = base
        var number = 2
        while used.contains(name) {
            name = base + String(number)
            number += 1
        }
        used.insert(name)
        return name
    }
}
