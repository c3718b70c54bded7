import Testing

@testable import InstantAPICore

/// Which comment counts as an export's documentation.
struct JavaScriptCommentPlacementTests {
    static let cases: [(String, String?)] = [
        ("/**\n * Doc\n */\nmodule.exports = async () => {}", "*\n * Doc\n "),
        ("/** one */\n/** two */\nexport default async () => {}", "* two "),
        ("/** doc */\n// line\nexport default async () => {}", nil),
        ("/* plain */\nexport default async () => {}", nil),
        ("/**/\nexport default async () => {}", nil),
        ("/***/\nexport default async () => {}", "*"),
        ("/** doc */\nconst x = 1;\nexport default async () => {}", nil),
        ("const x = 1; /** doc */ export default async () => {}", "* doc "),
        ("export default /** inside */ async () => {}", nil),
        ("/** doc */ module /** x */ .exports = async () => {}", "* doc "),
        ("async function helper () {}\n\n/** doc */\n\nmodule.exports = async () => {}", "* doc "),
        ("module.exports = async () => {}", nil),
    ]

    @Test(arguments: cases)
    func comment(_ source: String, _ expected: String?) throws {
        let function = try #require(try ExportParser.parse(source).functions.first)
        #expect(function.comment?.text == expected)
    }

    @Test func commentLinesAndNamedExports() throws {
        let source = """
            import x from 'x';

            /**
             * Get
             */
            export async function GET () {}
            // not documentation
            export async function POST () {}
            /** Put */
            export const PUT = async () => {};
            """
        let functions = try ExportParser.parse(source).functions
        #expect(functions.map(\.comment) == [
            LeadingComment(text: "*\n * Get\n ", line: 3), nil, LeadingComment(text: "* Put ", line: 9),
        ])
        #expect(functions.map(\.line) == [6, 8, 10])
    }

    @Test func inlineFilesIgnoreTheirComment() throws {
        let exports = try ExportParser.parse("/** Doc */\nreturn 1;")
        #expect(exports.isInline)
        #expect(exports.functions.first?.comment == nil)
    }

    @Test func crlfLineEndings() throws {
        let source = "// header\r\n/**\r\n * Doc\r\n */\r\nexport async function GET (\r\n a = 1\r\n) {}\r\n"
        let function = try #require(try ExportParser.parse(source).functions.first)
        #expect(function.comment == LeadingComment(text: "*\r\n * Doc\r\n ", line: 2))
        #expect(function.line == 5)
        #expect(function.params.first?.line == 6)
    }
}
