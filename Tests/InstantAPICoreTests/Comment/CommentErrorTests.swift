import Testing
@testable import InstantAPICore

/// Every parse-time message of the comment parser (upstream-parser-types Appendix A), exact text
/// and line. Lines of `block(_:)` start at file line 2.
struct CommentErrorCase: Sendable, CustomStringConvertible {
    var lines: [String]
    var message: String
    var line: Int
    var environment: [String: String] = [:]
    var description: String { lines.joined(separator: " / ") }
}

private func e(_ lines: [String], _ message: String, line: Int, _ environment: [String: String] = [:]) -> CommentErrorCase {
    CommentErrorCase(lines: lines, message: message, line: line, environment: environment)
}

private let order = "(Order: origin, background, private, keys, charge, acl, param, stream, returns)"
private let hostname = ". Must be a valid hostname consisting of alphanumeric characters or \"-\" separated by \".\". Supported protocols are \"http://\" and \"https://\", if left absent both will be enabled."
private let param = "Comment Definition Error (\"param\"): "

@Suite struct CommentErrorTests {
    static let structural: [CommentErrorCase] = [
        e(["@foo x"], "Invalid Definition Field: \"foo\"", line: 2),
        e(["Desc", "@ {string} a"], "Invalid Definition Field: \"\"", line: 3),
        e(["@param\t{string} a"], "Invalid Definition Field: \"param\t{string}\"", line: 2),
        e(["@param {string} a", "@acl"], "Invalid Definition Field Order: \"param\" must follow \"acl\" \(order)", line: 3),
        e(["@param {string} a", "@charge 1"], "Invalid Definition Field Order: \"param\" must follow \"charge\" \(order)", line: 3),
        e(["@returns {string} a", "@param {string} b"], "Invalid Definition Field Order: \"returns\" must follow \"param\" \(order)", line: 3),
        e(["@param {string} a", "@param {string} a.b"], "Can only define parameter properties for type \"object\"", line: 3),
        e(["@param {object} a", "@param {string} a"], "Already defined \"a\"", line: 3),
        e(["@param {object} a", "@param {string} a.b", "@param {string} a.b"], "Already defined \"a.b\"", line: 4),
        e(["@param {object} a", "@param {string} a.b", "@param {string} a.b[].c"],
          "Parameter \"a.b[]\" is not an array, please use \"a.b.c\" to reference schema members", line: 4),
        e(["@param {object} a", "@param {object[]} a.b", "@param {string} a.b.c"],
          "Parameter \"a.b\" is an array, please use \"a.b[].c\" to reference schema members", line: 4),
        e(["@param {object} a", "@param {string} a.b.c"], "No definition found for \"a.b\"", line: 3),
        e(["@returns {object} a", "@returns {string} b"], "Can not extend returns with a new parameter", line: 3),
        e(["@param {string} a", "@param {string} b[].c"],
          "Parameter \"b[]\" is not an array, please use \"b.c\" to reference schema members", line: 3),
        // Q4: parsed early because an entry of the same field follows, so no prefix.
        e(["@param {foo} a", "@param {string} b"], "Type \"foo\" \(notSupported)", line: 2),
        e(["@param {string} a", "@param {foo} b"], "Type \"foo\" \(notSupported)", line: 3),
        e(["@param {foo} a", "@returns {any}"], "\(param)Type \"foo\" \(notSupported)", line: 2),
        e(["@param {enum} a", "  [a, 1]", "@param {string} b"], "Enum members must be a JSON array of length 2.", line: 2),
    ]

    static let directives: [CommentErrorCase] = [
        e(["@origin *"], "Comment Definition Error (\"origin\"): Invalid origin: \"*\"\(hostname)", line: 2),
        e(["@origin *.autocode.com"], "Comment Definition Error (\"origin\"): Invalid origin: \"*.autocode.com\"\(hostname)", line: 2),
        e(["@origin file://www.autocode.com"], "Comment Definition Error (\"origin\"): Invalid origin: \"file://www.autocode.com\"\(hostname)", line: 2),
        e(["@origin"], "Comment Definition Error (\"origin\"): Invalid origin: \"\"\(hostname)", line: 2),
        e(["@origin localhost:123456"], "Comment Definition Error (\"origin\"): Invalid origin: \"localhost:123456\"\(hostname)", line: 2),
        e(["@origin a_b.com"], "Comment Definition Error (\"origin\"): Invalid origin: \"a_b.com\"\(hostname)", line: 2),
        e(["@origin =CASE_ORIGIN"],
          "Comment Definition Error (\"origin\"): Invalid origin: \"=CASE_ORIGIN\". When assigning an environment variable, must start with \"=process.env.\"", line: 2),
        e(["@origin =process.env.MISSING"],
          "Comment Definition Error (\"origin\"): Invalid origin: \"=process.env.MISSING\". No environment variable matching \"MISSING\" found", line: 2),
        e(["@origin =env.EMPTY"],
          "Comment Definition Error (\"origin\"): Invalid origin: \"=env.EMPTY\". No environment variable matching \"EMPTY\" found", line: 2, ["EMPTY": ""]),
        e(["Desc", "@origin =process.env.BAD"],
          "Comment Definition Error (\"origin\"): Invalid origin: \"*\" (from \"=process.env.BAD\")\(hostname)", line: 3, ["BAD": "*"]),
        e(["@background hello"],
          "Comment Definition Error (\"background\"): Invalid Background mode: \"hello\". Please specify `@background MODE` where MODE is one of: \"info\", \"empty\", \"params\" (without quotes). If no mode is provided, the default \"info\" will be used.", line: 2),
        e(["@charge"], "Comment Definition Error (\"charge\"): Invalid charge: missing value", line: 2),
        e(["@charge 1.5"], "Comment Definition Error (\"charge\"): Invalid charge: \"1.5\". Must be a non-negative integer", line: 2),
        e(["@charge -1"], "Comment Definition Error (\"charge\"): Invalid charge: \"-1\". Must be a non-negative integer", line: 2),
        e(["@charge 99999999999999999999999"],
          "Comment Definition Error (\"charge\"): Invalid charge: \"99999999999999999999999\". Must be a non-negative integer", line: 2),
        e(["@param {string} _stream"], "\(param)Invalid parameter name \"_stream\"", line: 2),
        e(["@param {string} _debug"], "\(param)Invalid parameter name \"_debug\"", line: 2),
        e(["@param {string} _background"], "\(param)Invalid parameter name \"_background\"", line: 2),
        e(["@param {string} context"], "\(param)Invalid parameter name \"context\"", line: 2),
        e(["@param {string} let"], "\(param)Invalid parameter name \"let\"", line: 2),
        e(["@param {string} const"], "\(param)Invalid parameter name \"const\"", line: 2),
        e(["@param {string} delete"], "\(param)Invalid parameter name \"delete\"", line: 2),
        e(["@param {string} a-b"], "\(param)Invalid parameter name \"a-b\"", line: 2),
        e(["@param {string} 2"], "\(param)Invalid parameter name \"2\"", line: 2),
        e(["@param {string} [name=default]"], "\(param)Invalid parameter name \"name=default\"", line: 2),
        e(["@param {string}"], "\(param)Invalid parameter name \"\"", line: 2),
        e(["@param {enum}"], "\(param)Invalid parameter name \"undefined\"", line: 2),
        e(["@param {object} a", "@param {string} b", "@param {string} a.x"], "\(param)Invalid parameter name \"a.x\"", line: 4),
        e(["@stream {string}"], "Comment Definition Error (\"stream\"): Invalid stream name \"\"", line: 2),
        e(["@stream {string} ?stream"], "Comment Definition Error (\"stream\"): Invalid stream name \"?stream\"", line: 2),
        e(["@returns"], "Comment Definition Error (\"returns\"): Invalid type definition in \"\"", line: 2),
    ]

    @Test(arguments: structural + directives)
    func rejects(_ testCase: CommentErrorCase) {
        let error = commentError(testCase.lines, environment: testCase.environment)
        #expect(error?.message == testCase.message)
        #expect(error?.line == testCase.line)
    }
}
