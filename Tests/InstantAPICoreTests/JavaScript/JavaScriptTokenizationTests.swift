import Testing

@testable import InstantAPICore

/// Bodies full of modern or tricky syntax must scan without confusing the export search.
struct JavaScriptTokenizationTests {
    static let bodies: [String] = [
        "const re = /[(]\\/{/g; const d = a / b / c;",
        "const x = a++ / 2; const y = (a) / 2; const z = [1] / 2;",
        "if (x) /foo[)]/.test(y);",
        "return /'/.test(s) ? \"'\" : '\"';",
        "const t = `a ${ `b ${ {c: '}'}.c } d` } e ${ x /* } */ } f`;",
        "const s = 'export default 5; module.exports = 6';",
        "const o = {...a, b: a?.b ?? c?.[0]?.(1)};",
        "class A { #p = 1; static s = 2; get g () { return this.#p } }",
        "const r = await fetch(`/x?y=${encodeURIComponent(q)}`);",
        "label: for (const a of b) { if (a) continue label; }",
        "const n = 1_000 + 0x1.toString?.() + .5 + 1e-3 + 10n + 1..toFixed();",
        "const u = \"\\u{1F600}\" + '\\'' + \"\\\\\";",
        "const x = a\n/b/g;",
        "// comment with ` and ' and \"\nconst y = 1;",
        "/* block with `backtick` and } */ const z = {};",
        "const f = function () { return /=/.test(x) };",
        "const e = x /= 2;",
        "const k = typeof /x/;",
        "const w = { if: 1, export: 2, default: 3 }.export;",
        "const jsx = 1 < 2 && 3 > 2;",
    ]

    @Test(arguments: bodies)
    func bodyDoesNotDisturbExports(_ body: String) throws {
        let source = "\(body)\n/** Doc */\nexport async function GET (a = 1) {\n  \(body)\n}\n\(body)\n"
        let exports = try ExportParser.parse(source)
        #expect(exports.functions.map(\.method) == [.GET])
        #expect(exports.functions.first?.comment?.text == "* Doc ")
        #expect(exports.functions.first?.params.first?.defaultValue == 1)
    }

    static let syntaxErrors: [(String, String, Int)] = [
        ("const s = 'abc\nmodule.exports = async () => {}", "Unterminated string constant", 1),
        ("const s = \"abc", "Unterminated string constant", 1),
        ("\n/* never closed", "Unterminated comment", 2),
        ("const t = `abc", "Unterminated template", 1),
        ("const t = `a${ 1 `", "Unterminated template", 1),
        ("const r = /abc\n/;", "Unterminated regular expression", 1),
        ("module.exports = async () => {", "Unexpected end of input (\"{\" on line 1 is never closed)", 1),
        ("function f () {\n  return (1]\n}", "Unexpected token \"]\"", 2),
        ("}", "Unexpected token \"}\"", 1),
        ("const a = 3in b;", "Identifier directly after number", 1),
        ("const a = \u{1}", "Unexpected character (byte 0x1)", 1),
        ("const a = €", "Unexpected character '€'", 1),
        ("export default", "Unexpected end of input", 1),
        ("export async function () {}", "Unexpected token \"(\"", 1),
        ("export foo", "Unexpected token \"foo\"", 1),
    ]

    @Test(arguments: syntaxErrors)
    func syntaxError(_ source: String, _ message: String, _ line: Int) {
        do {
            _ = try ExportParser.parse(source)
            Issue.record("no error")
        } catch {
            #expect(error.message == message)
            #expect(error.line == line)
        }
    }

    /// Random and truncated input returns a result or an error; it never crashes.
    @Test func garbageNeverCrashes() {
        var generator = SplitMix64(seed: 42)
        let alphabet = Array("()[]{}`'\"/\\*=>.,;:?!+-$_ab1 \n\tasyncfunctionexportdefaultmodule.exports ${}…é")
        for length in [0, 1, 2, 3, 10, 50, 200, 1000] {
            for _ in 0..<200 {
                var text = ""
                for _ in 0..<length {
                    text.append(alphabet[Int(generator.next() % UInt64(alphabet.count))])
                }
                _ = try? ExportParser.parse(text)
            }
        }
        let valid = "/** Doc */\nexport async function GET (a = {b: [1, 'x', -2]}, context) { return `${a}` }\n"
        for end in valid.indices {
            _ = try? ExportParser.parse(String(valid[..<end]))
        }
    }

    @Test func randomBytesNeverCrash() {
        var generator = SplitMix64(seed: 7)
        for _ in 0..<300 {
            let bytes = (0..<300).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            _ = try? ExportParser.parse(String(decoding: bytes, as: UTF8.self))
        }
    }

    @Test func deepParenthesizedOperandsAreRefused() {
        let operand = String(repeating: "(", count: 50_000) + "x" + String(repeating: ").y", count: 50_000)
        do {
            _ = try ExportParser.parse("export default async (a = \(operand)) => {}")
            Issue.record("no error")
        } catch {
            #expect(error.message == "Expression nesting is too deep")
        }
    }

    @Test(arguments: ["(", "[", "{", "`${", "module.exports = async (a = ", "export default ((((", "-"])
    func deepRepetitionNeverCrashes(_ unit: String) {
        // 100k brackets, or 20k copies of the longer units (a few MB of source).
        let source = String(repeating: unit, count: unit.count > 3 ? 20_000 : 100_000)
        _ = try? ExportParser.parse(source)
        let balanced = "module.exports = async (a = \(String(repeating: "(", count: 100_000))1\(String(repeating: ")", count: 100_000))) => {}"
        #expect((try? ExportParser.parse(balanced))?.functions.first?.params.first?.defaultValue == 1)
    }
}

