import Testing

@testable import InstantAPICore

/// Every export form upstream accepts, and what we read from it.
struct JavaScriptExportFormTests {
    struct Form: Sendable, CustomTestStringConvertible {
        var source: String
        var methods: [HTTPMethodName?]
        var isAsync: Bool
        var params: [String]
        var takesContext: Bool
        var testDescription: String { source }
    }

    static let forms: [Form] = [
        Form(source: "module.exports = async () => {}", methods: [nil], isAsync: true, params: [], takesContext: false),
        Form(source: "module.exports = async function (a, b) {}", methods: [nil], isAsync: true, params: ["a", "b"], takesContext: false),
        Form(source: "module.exports = async function named (a, context) {}", methods: [nil], isAsync: true, params: ["a"], takesContext: true),
        Form(source: "module.exports = (a, callback) => {}", methods: [nil], isAsync: false, params: ["a"], takesContext: false),
        Form(source: "module.exports = callback => {}", methods: [nil], isAsync: false, params: [], takesContext: false),
        Form(source: "module.exports = function (context, callback) {}", methods: [nil], isAsync: false, params: [], takesContext: true),
        Form(source: "module.exports = async context => context.params", methods: [nil], isAsync: true, params: [], takesContext: true),
        Form(source: "module.exports = (async (a) => {});", methods: [nil], isAsync: true, params: ["a"], takesContext: false),
        Form(source: "module.exports = ((async function () {}))", methods: [nil], isAsync: true, params: [], takesContext: false),
        Form(source: "const x = 1\nmodule.exports = async (a = 1,) => a + x\n", methods: [nil], isAsync: true, params: ["a"], takesContext: false),
        Form(source: "export default async (a, b, c) => {}", methods: [nil], isAsync: true, params: ["a", "b", "c"], takesContext: false),
        Form(source: "export default async function (context) {}", methods: [nil], isAsync: true, params: [], takesContext: true),
        Form(source: "export default async function main (q) {}\n(function () {})()", methods: [nil], isAsync: true, params: ["q"], takesContext: false),
        Form(source: "export default function (x, callback) {}", methods: [nil], isAsync: false, params: ["x"], takesContext: false),
        Form(source: "export default async x => x", methods: [nil], isAsync: true, params: ["x"], takesContext: false),
        Form(source: "export default (async () => 1)", methods: [nil], isAsync: true, params: [], takesContext: false),
        Form(
            source: "export async function GET (a) {}\nexport async function POST (b, context) {}\nexport async function PUT () {}\nexport async function DELETE () {}",
            methods: [.GET, .POST, .PUT, .DELETE], isAsync: true, params: ["a"], takesContext: false),
        Form(
            source: "export const GET = async (a) => {};\nexport let POST = async function () {}\nexport var PUT = async x => x\nexport const DELETE = async () => ({})",
            methods: [.GET, .POST, .PUT, .DELETE], isAsync: true, params: ["a"], takesContext: false),
        Form(source: "export function GET (a, callback) {}", methods: [.GET], isAsync: false, params: ["a"], takesContext: false),
        Form(source: "import x from 'y';\nexport const POST = async () => x;", methods: [.POST], isAsync: true, params: [], takesContext: false),
        // An ES module ignores module.exports: upstream re-parses the file as a module.
        Form(source: "module.exports = 5;\nexport default async () => {}", methods: [nil], isAsync: true, params: [], takesContext: false),
    ]

    @Test(arguments: forms)
    func exportForm(_ form: Form) throws {
        let exports = try ExportParser.parse(form.source)
        #expect(!exports.isInline)
        #expect(exports.functions.map(\.method) == form.methods)
        let first = try #require(exports.functions.first)
        #expect(first.isAsync == form.isAsync)
        #expect(first.params.map(\.name) == form.params)
        #expect(first.takesContext == form.takesContext)
    }

    static let inlineSources: [String] = [
        "",
        "return 'lol';",
        "const a = 1 + 2;\nreturn a;",
        "const r = await fetch('x');\nreturn r;",
        "return context.params.a;",
        "/**\n * A comment\n */\nreturn 1;",
        "exports.x = async () => {};",
        "module.exports.x = async () => {};",
        "module['exports'] = async () => {};",
        "module.exports += async () => {};",
        "x = module.exports = async () => {};",
        "import fs from 'fs';\nreturn 1;",
        "import 'side-effect';",
        "export * from './other.mjs';",
        "const m = import.meta.url;",
        "if (a) module.exports = async () => {}",
        "function f () { module.exports = async () => {} }",
        "const s = 'module.exports = async () => {}'; // export default () => {}",
        "const t = `export default ${async () => {}}`;",
        "#!/usr/bin/env node\nreturn 1",
    ]

    @Test(arguments: inlineSources)
    func inlineFile(_ source: String) throws {
        let exports = try ExportParser.parse(source)
        #expect(exports.isInline)
        #expect(
            exports.functions == [
                ExportedFunction(method: nil, comment: nil, isAsync: true, params: [], takesContext: true, line: 1)
            ])
    }

    @Test func namedExportsKeepSourceOrderAndLines() throws {
        let source = """
            export const PUT = async () => {};

            export async function GET (a, b = 2, context) {}
            """
        let exports = try ExportParser.parse(source)
        #expect(exports.functions.map(\.method) == [.PUT, .GET])
        #expect(exports.functions.map(\.line) == [1, 3])
        let get = exports.functions[1]
        #expect(get.takesContext)
        #expect(get.params == [
            SignatureParameter(name: "a", line: 3),
            SignatureParameter(name: "b", defaultValue: 2, impliedType: .number, defaultSource: "2", line: 3),
        ])
    }

    @Test func parameterLines() throws {
        let source = "module.exports = async (\n  a,\n  b = 'x',\n  context\n) => {}"
        let function = try #require(try ExportParser.parse(source).functions.first)
        #expect(function.params.map(\.line) == [2, 3])
        #expect(function.takesContext)
    }

    @Test(arguments: ["$good_param", "good_param_", "__good_param", "$pécial_character$$", "café", "e\u{0301}t\u{0301}", "_bg", "℮x", "a\u{200C}b"])
    func acceptedParameterNames(_ name: String) throws {
        let function = try #require(try ExportParser.parse("module.exports = async (\(name)) => {}").functions.first)
        #expect(function.params.map(\.name) == [name])
    }
}
