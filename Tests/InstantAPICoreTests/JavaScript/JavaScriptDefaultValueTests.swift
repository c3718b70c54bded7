import Testing

@testable import InstantAPICore

/// Default values: every allowed literal kind, nesting, and every refusal.
struct JavaScriptDefaultValueTests {
    struct Valid: Sendable, CustomTestStringConvertible {
        var source: String
        var value: JSONValue
        var type: ParameterType
        var testDescription: String { source }
    }

    static let valid: [Valid] = [
        Valid(source: "1", value: 1, type: .number),
        Valid(source: "3.14", value: 3.14, type: .number),
        Valid(source: ".5", value: 0.5, type: .number),
        Valid(source: "5.", value: 5, type: .number),
        Valid(source: "1e3", value: 1000, type: .number),
        Valid(source: "2.5E-3", value: 0.0025, type: .number),
        Valid(source: "0x1F", value: 31, type: .number),
        Valid(source: "0XfF", value: 255, type: .number),
        Valid(source: "0o17", value: 15, type: .number),
        Valid(source: "0b101", value: 5, type: .number),
        Valid(source: "017", value: 15, type: .number),
        Valid(source: "019", value: 19, type: .number),
        Valid(source: "1_000_000", value: 1_000_000, type: .number),
        Valid(source: "0xF_F", value: 255, type: .number),
        Valid(source: "-7", value: -7, type: .number),
        Valid(source: "+7", value: 7, type: .number),
        Valid(source: "- 0x10", value: -16, type: .number),
        Valid(source: "-(5)", value: -5, type: .number),
        Valid(source: "(((42)))", value: 42, type: .number),
        Valid(source: "'hi'", value: "hi", type: .string),
        Valid(source: "\"hi\"", value: "hi", type: .string),
        Valid(source: "''", value: "", type: .string),
        Valid(source: #"'a\'b\"c\\d'"#, value: "a'b\"c\\d", type: .string),
        Valid(source: #""\n\t\r\b\f\v\0""#, value: "\n\t\r\u{8}\u{c}\u{b}\u{0}", type: .string),
        Valid(source: #""\x41\u0042\u{43}\u{1F600}""#, value: "ABC😀", type: .string),
        Valid(source: #""\uD83D\uDE00""#, value: "😀", type: .string),
        Valid(source: #""\101\7""#, value: "A\u{7}", type: .string),
        Valid(source: "\"line\\\ncontinued\"", value: "linecontinued", type: .string),
        Valid(source: #""\q\$""#, value: "q$", type: .string),
        Valid(source: "'héllo 世界'", value: "héllo 世界", type: .string),
        Valid(source: "true", value: true, type: .boolean),
        Valid(source: "false", value: false, type: .boolean),
        Valid(source: "null", value: nil, type: .any),
        Valid(source: "{}", value: [:], type: .object),
        Valid(source: "[]", value: [], type: .array),
        Valid(source: "[1, 'two', true, null, -3,]", value: [1, "two", true, nil, -3], type: .array),
        Valid(source: "{a: 1, 'b': 'x', \"c\": null, 4: true, 1.50: 2, 0x10: 3}",
              value: .object(["4": true, "16": 3, "a": 1, "b": "x", "c": nil, "1.5": 2]), type: .object),
        Valid(source: "{b: 1, a: 2, b: 3}", value: .object(["b": 3, "a": 2]), type: .object),
        Valid(source: "{z: 1, 2: 'two', 1: 'one', '01': 'x'}", value: .object(["1": "one", "2": "two", "z": 1, "01": "x"]), type: .object),
        Valid(source: "{__proto__: {a: 1}, b: 2}", value: .object(["b": 2]), type: .object),
        Valid(source: "{if: 1, class: 2, get: 3, set: 4, async: 5}", value: .object(["if": 1, "class": 2, "get": 3, "set": 4, "async": 5]), type: .object),
        Valid(source: "{count: 0, offset: 0}", value: .object(["count": 0, "offset": 0]), type: .object),
        Valid(source: "[{name__is: 'john'}]", value: [.object(["name__is": "john"])], type: .array),
        Valid(source: "{a: {b: [1, {c: [[]]}]}}", value: .object(["a": .object(["b": [1, .object(["c": [[]]])]])]), type: .object),
        Valid(source: "{ /* comment */ a: 1 // trailing\n}", value: .object(["a": 1]), type: .object),
    ]

    @Test(arguments: valid)
    func validDefault(_ testCase: Valid) throws {
        let exports = try ExportParser.parse("module.exports = async (a = \(testCase.source)) => {}")
        let param = try #require(exports.functions.first?.params.first)
        #expect(param.defaultValue == testCase.value)
        #expect(param.impliedType == testCase.type)
        let expectedSource = testCase.source.hasPrefix("(((") ? "42" : testCase.source
        #expect(param.defaultSource == expectedSource)
    }

    @Test func negativeZeroKeepsItsSign() throws {
        let param = try #require(try ExportParser.parse("module.exports = async (a = -0) => {}").functions.first?.params.first)
        #expect(param.defaultValue?.numberValue?.sign == .minus)
    }

    static let expected =
        "Expected NumericLiteral, StringLiteral, BooleanLiteral, NullLiteral, ObjectExpression, ArrayExpression, UnaryExpression in Right-Hand of AssignmentPattern, got"

    static let invalid: [(String, String)] = [
        ("`x`", "(b) \(expected) TemplateLiteral."),
        ("`x${1}y`", "(b) \(expected) TemplateLiteral."),
        ("c", "(b) \(expected) Identifier."),
        ("undefined", "(b) \(expected) Identifier."),
        ("NaN", "(b) \(expected) Identifier."),
        ("f()", "(b) \(expected) CallExpression."),
        ("import('x')", "(b) \(expected) CallExpression."),
        ("a.b", "(b) \(expected) MemberExpression."),
        ("a[0]", "(b) \(expected) MemberExpression."),
        ("a?.b", "(b) \(expected) OptionalMemberExpression."),
        ("a?.b.c", "(b) \(expected) OptionalMemberExpression."),
        ("a?.()", "(b) \(expected) OptionalCallExpression."),
        ("new Date()", "(b) \(expected) NewExpression."),
        ("new Date", "(b) \(expected) NewExpression."),
        ("new a.B(1).c", "(b) \(expected) MemberExpression."),
        ("1 + 2", "(b) \(expected) BinaryExpression."),
        ("'a' + 'b'", "(b) \(expected) BinaryExpression."),
        ("-1 - 2", "(b) \(expected) BinaryExpression."),
        ("1 in x", "(b) \(expected) BinaryExpression."),
        ("a || 1", "(b) \(expected) LogicalExpression."),
        ("a ?? 1 + 2", "(b) \(expected) LogicalExpression."),
        ("a ? 1 : 2", "(b) \(expected) ConditionalExpression."),
        ("() => 1", "(b) \(expected) ArrowFunctionExpression."),
        ("async x => x", "(b) \(expected) ArrowFunctionExpression."),
        ("function () {}", "(b) \(expected) FunctionExpression."),
        ("class {}", "(b) \(expected) ClassExpression."),
        ("/re/g", "(b) \(expected) RegExpLiteral."),
        ("10n", "(b) \(expected) BigIntLiteral."),
        ("this", "(b) \(expected) ThisExpression."),
        ("tag`x`", "(b) \(expected) TaggedTemplateExpression."),
        ("x = 1", "(b) \(expected) AssignmentExpression."),
        ("x++", "(b) \(expected) UpdateExpression."),
        ("++x", "(b) \(expected) UpdateExpression."),
        ("import.meta", "(b) \(expected) MetaProperty."),
        ("[1, c]", "(b.1) \(expected) Identifier."),
        ("[1, ...c]", "(b.1) \(expected) SpreadElement."),
        ("[1, , 2]", "(b.1) Array literals in default values can not contain holes"),
        ("{a: {b: [0, `t`]}}", "(b.a.b.1) \(expected) TemplateLiteral."),
        ("{a}", "(b.a) \(expected) Identifier."),
        ("{a: 1, f() {}}", "(b.f) Object literals in default values can not contain functions"),
        ("{async f() {}}", "(b.f) Object literals in default values can not contain functions"),
        ("{*g() {}}", "(b.g) Object literals in default values can not contain functions"),
        ("{get x() { return 1 }}", "(b.x) Object literals in default values can not contain functions"),
        ("{[k]: 1}", "(b.k) Object literals in default values can not contain computed properties"),
        ("{['s']: 1}", "(b.s) Object literals in default values can not contain computed properties"),
        ("{[1 + 2]: 1}", "(b.) Object literals in default values can not contain computed properties"),
        ("{[k]() {}}", "(b.k) Object literals in default values can not contain functions"),
        ("{...o}", "(b) Object literals in default values can not contain spread elements"),
        ("{1.0: {2: x}}", "(b.1.2) \(expected) Identifier."),
        ("!7", "Invalid UnaryExpression"),
        ("!!7", "Invalid UnaryExpression"),
        ("~1", "Invalid UnaryExpression"),
        ("typeof x", "Invalid UnaryExpression"),
        ("void 0", "Invalid UnaryExpression"),
        ("-'5'", "Invalid UnaryExpression"),
        ("- -5", "Invalid UnaryExpression"),
        ("-x", "Invalid UnaryExpression"),
        ("-5n", "Invalid UnaryExpression"),
        ("[!1]", "Invalid UnaryExpression"),
    ]

    @Test(arguments: invalid)
    func invalidDefault(_ source: String, _ inner: String) {
        do {
            _ = try ExportParser.parse("export default async (a, b = \(source)) => {}")
            Issue.record("no error")
        } catch {
            #expect(error.message == "Invalid default parameter: b = \(source) (\(inner))")
        }
    }

    @Test func parenthesizedDefaultIsQuotedWithoutItsParentheses() {
        do {
            _ = try ExportParser.parse("module.exports = async (b = (1, 2)) => {}")
            Issue.record("no error")
        } catch {
            #expect(error.message == "Invalid default parameter: b = 1, 2 ((b) \(Self.expected) SequenceExpression.)")
        }
    }

    @Test func deepNestingIsRefusedNotCrashing() {
        let depth = 5_000
        let source = "module.exports = async (a = \(String(repeating: "[", count: depth))\(String(repeating: "]", count: depth))) => {}"
        do {
            _ = try ExportParser.parse(source)
            Issue.record("no error")
        } catch {
            #expect(error.message.hasSuffix("Default value nesting is too deep)"))
        }
    }

    @Test func moderateNestingIsAccepted() throws {
        let depth = 100
        let source = "module.exports = async (a = \(String(repeating: "{a: [", count: depth))\(String(repeating: "]}", count: depth))) => {}"
        let param = try #require(try ExportParser.parse(source).functions.first?.params.first)
        #expect(param.impliedType == .object)
    }

    @Test func shorthandInitializerIsASyntaxError() {
        do {
            _ = try ExportParser.parse("module.exports = async (a = {b = 1}) => {}")
            Issue.record("no error")
        } catch {
            #expect(error.message == "Invalid shorthand property initializer.")
        }
    }
}
