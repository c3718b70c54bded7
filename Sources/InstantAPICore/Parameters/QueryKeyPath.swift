/// One query-string key split into the steps that place its value: `b.cool[0].beans` is
/// `b`, `cool`, index 0, `beans`.
///
/// The grammar is the original's (`gateway.js` `__parseParamsFromEncodedURL__`): the key is
/// split on `.` outside brackets, and each piece may end in `[…]` groups (the longest run of
/// groups that reaches the end of the piece). A group is a push when empty and an array index
/// when it holds a number; any other text is an object key, the README's `obj[a]=1` syntax
/// (SPEC §3), which the original rejected.
///
/// "A number" is `[+-]digits[.digits][e±digits]`: whole values 0...65535 are indices (`[1.0]`
/// and `[1e1]` too), negative ones, fractions (`[1.5]`, still a 400 as upstream) and larger
/// ones keep the original's errors. Anything else, `[ 1]` or `[0x1]` included, is a key.
struct QueryKeyPath {
    enum Component: Equatable {
        case key(String)
        case index(Int)
        case push

        /// Whether the container this component is applied to must be an array.
        var needsArray: Bool {
            switch self {
            case .key: return false
            case .index, .push: return true
            }
        }
    }

    /// The full key as the client sent it (after percent-decoding).
    let key: String
    let components: [Component]
    /// For each component, the UTF-8 length of the key up to and including it: error messages
    /// name a component by that prefix of the key (`b.cool[0]`).
    let ends: [Int]

    /// More nested levels than this are refused: every level costs a container on every
    /// request, and no real client nests this deep.
    static let maxDepth = 32

    static let maxIndex = 65535

    /// The key up to and including component `position`.
    func path(through position: Int) -> String {
        let end = ends[min(max(position, 0), ends.count - 1)]
        return String(decoding: key.utf8.prefix(end), as: UTF8.self)
    }

    init(parsing key: String) throws(ParameterParseError) {
        var components: [Component] = []
        var ends: [Int] = []
        let bytes = Array(key.utf8)
        var segmentStart = 0
        var depth = 0
        var index = 0
        while index <= bytes.count {
            let byte: UInt8 = index < bytes.count ? bytes[index] : UInt8(ascii: ".")
            if byte == UInt8(ascii: "[") {
                depth += 1
            } else if byte == UInt8(ascii: "]") {
                // Like the original's bracket stack, a stray `]` never goes below zero.
                depth = max(0, depth - 1)
            } else if byte == UInt8(ascii: "."), depth == 0 || index == bytes.count {
                try Self.appendSegment(
                    bytes, from: segmentStart, to: index, key: key, components: &components, ends: &ends)
                segmentStart = index + 1
            }
            index += 1
        }
        self.key = key
        self.components = components
        self.ends = ends
    }

    private static func appendSegment(
        _ bytes: [UInt8], from start: Int, to end: Int, key: String,
        components: inout [Component], ends: inout [Int]
    ) throws(ParameterParseError) {
        let groupsStart = bracketGroupsStart(bytes, from: start, to: end)
        try appendComponent(
            .key(String(decoding: bytes[start..<(groupsStart ?? end)], as: UTF8.self)),
            end: groupsStart ?? end, key: key, components: &components, ends: &ends)
        guard var position = groupsStart else { return }
        // Every `]` after `groupsStart` closes a group and is followed by `[` or the end, so
        // the groups are simply the runs between `[` and the next `]`.
        while position < end {
            var close = position + 1
            while close < end, bytes[close] != UInt8(ascii: "]") { close += 1 }
            let text = bytes[(position + 1)..<close]
            let component = try component(for: text) { () -> String in
                String(decoding: bytes[0..<(close + 1)], as: UTF8.self)
            }
            try appendComponent(component, end: close + 1, key: key, components: &components, ends: &ends)
            position = close + 1
        }
    }

    private static func appendComponent(
        _ component: Component, end: Int, key: String, components: inout [Component], ends: inout [Int]
    ) throws(ParameterParseError) {
        guard components.count < maxDepth else {
            throw ParameterParseError("\(key): URL encoded keys are limited to \(maxDepth) levels of nesting")
        }
        components.append(component)
        ends.append(end)
    }

    /// Where the trailing `[…]` groups of `bytes[start..<end]` begin, matching the original's
    /// `/^(.*?)((\[([^\]]*)\])+?)$/`: the piece must end in `]`, every `]` inside the groups is
    /// followed by `[`, so the groups start at the first `[` after the last `]` that is not.
    static func bracketGroupsStart(_ bytes: [UInt8], from start: Int, to end: Int) -> Int? {
        guard end - start >= 2, bytes[end - 1] == UInt8(ascii: "]") else { return nil }
        var lastLoose = start - 1
        var scan = end - 2
        while scan >= start {
            if bytes[scan] == UInt8(ascii: "]"), bytes[scan + 1] != UInt8(ascii: "[") {
                lastLoose = scan
                break
            }
            scan -= 1
        }
        var open = lastLoose + 1
        while open < end - 1 {
            if bytes[open] == UInt8(ascii: "[") { return open }
            open += 1
        }
        return nil
    }

    /// `[]` pushes, a number is an index, anything else names an object member.
    private static func component(
        for text: ArraySlice<UInt8>, path: () -> String
    ) throws(ParameterParseError) -> Component {
        if text.isEmpty { return .push }
        guard let number = NumericIndexText(text) else {
            return .key(String(decoding: text, as: UTF8.self))
        }
        switch number {
        case .negative:
            throw ParameterParseError("\(path()): Array indices in URL encoded values must be > 0")
        case .fractional:
            throw ParameterParseError("\(path()): Array indices in URL encoded values must be integer values")
        case .tooLarge:
            throw ParameterParseError("\(path()): Array indices in URL encoded values limited to \(maxIndex)")
        case .index(let value):
            return .index(value)
        }
    }
}

/// What a bracket's text means when it looks like a number (`[+-]digits[.digits][e±digits]`).
enum NumericIndexText: Equatable {
    case index(Int)
    case negative
    case fractional
    case tooLarge

    /// `nil` when the text is not numeric, so it names an object member.
    init?(_ text: ArraySlice<UInt8>) {
        var i = text.startIndex
        var negative = false
        if i < text.endIndex, text[i] == UInt8(ascii: "-") || text[i] == UInt8(ascii: "+") {
            negative = text[i] == UInt8(ascii: "-")
            i += 1
        }
        let digitsStart = i
        while i < text.endIndex, Self.isDigit(text[i]) { i += 1 }
        let integerDigits = i - digitsStart
        if i == text.endIndex {
            guard integerDigits > 0 else { return nil }
            self = Self.classify(text[digitsStart..<i], negative: negative)
            return
        }
        // A decimal or exponent form: numeric, and an index only when it is a whole number.
        var fractionDigits = 0
        if text[i] == UInt8(ascii: ".") {
            i += 1
            let start = i
            while i < text.endIndex, Self.isDigit(text[i]) { i += 1 }
            fractionDigits = i - start
        }
        guard integerDigits + fractionDigits > 0 else { return nil }
        if i < text.endIndex, text[i] == UInt8(ascii: "e") || text[i] == UInt8(ascii: "E") {
            i += 1
            if i < text.endIndex, text[i] == UInt8(ascii: "-") || text[i] == UInt8(ascii: "+") { i += 1 }
            let start = i
            while i < text.endIndex, Self.isDigit(text[i]) { i += 1 }
            guard i > start else { return nil }
        }
        guard i == text.endIndex else { return nil }
        guard let value = Double(String(decoding: text, as: UTF8.self)), value.isFinite else {
            self = negative ? .negative : .tooLarge
            return
        }
        if value.rounded(.towardZero) != value {
            self = .fractional
        } else if value < 0 {
            self = .negative
        } else if value > Double(QueryKeyPath.maxIndex) {
            self = .tooLarge
        } else {
            self = .index(Int(value))
        }
    }

    private static func classify(_ digits: ArraySlice<UInt8>, negative: Bool) -> NumericIndexText {
        var value = 0
        for digit in digits {
            value = value * 10 + Int(digit &- UInt8(ascii: "0"))
            if value > QueryKeyPath.maxIndex { return negative ? .negative : .tooLarge }
        }
        if negative && value != 0 { return .negative }
        return .index(value)
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}
