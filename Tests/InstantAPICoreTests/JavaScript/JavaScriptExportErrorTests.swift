import Testing

@testable import InstantAPICore

/// Every export and signature error, with upstream's exact text where upstream has one.
struct JavaScriptExportErrorTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var source: String
        var message: String
        var line: Int?
        init(_ source: String, _ message: String, line: Int? = nil) {
            self.source = source
            self.message = message
            self.line = line
        }
        var testDescription: String { source }
    }

    static let nonAsync = "Non-async functions must have parameter named \"callback\" as the last argument"
    static let asyncCallback = "Async functions can not have a parameter named \"callback\""
    static let contextLast = "When specified, \"context\" must be the last provided (non-callback) argument"
    static let contextDefault = "When specified, \"context\" can not be assigned a default value"
    static let names = "Named exports can only have the names \"GET\", POST\", PUT\", DELETE\", received"

    static let cases: [Case] = [
        // module.exports
        Case("module.exports = async () => {};\nmodule.exports = async () => {};", "Too many exports from file via \"module.exports\"", line: 2),
        Case("module.exports = 5", "\"module.exports\" must export a valid Function", line: 1),
        Case("module.exports = {GET: async () => {}}", "\"module.exports\" must export a valid Function"),
        Case("module.exports = class {}", "\"module.exports\" must export a valid Function"),
        Case("module.exports = require('./x')", "\"module.exports\" must export a valid Function"),
        Case("module.exports = function (callback) {}.bind(null)", "\"module.exports\" must export a valid Function"),
        Case("module.exports = (async () => {}).bind(null)", "\"module.exports\" must export a valid Function"),
        Case("module.exports = async () => {}, 5", "\"module.exports\" must export a valid Function"),
        Case("module.exports = async", "\"module.exports\" must export a valid Function"),
        Case("module.exports = function* (callback) {}", "\"module.exports\" can not export a generator"),
        Case("module.exports = async function* () {}", "\"module.exports\" can not export a generator"),
        // export default
        Case("export default 5", "\"export\" must export a valid Function"),
        Case("const f = async () => {};\nexport default f", "\"export\" must export a valid Function", line: 2),
        Case("export default class {}", "\"export\" must export a valid Function"),
        Case("export default function* (callback) {}", "\"export\" can not export a generator"),
        Case("export default async () => {};\nexport default async () => {};", "Only one default export allowed per module.", line: 2),
        // named exports
        Case("export const GET = async () => {}, POST = async () => {};", "Named exports of type \"VariableDeclaration\" can only export one value, received 2 values."),
        Case("export let GET = async () => {},\n  POST = async () => {},\n  PUT = 1", "Named exports of type \"VariableDeclaration\" can only export one value, received 3 values."),
        Case("export class GET {}", "Named exports can only be of type \"VariableDeclaration\" and \"FunctionDeclaration\", received \"ClassDeclaration\""),
        Case("export async function foo () {}", "\(names) \"foo\""),
        Case("export const get = async () => {}", "\(names) \"get\""),
        Case("export async function PATCH () {}", "\(names) \"PATCH\""),
        Case("export const GET = 5", "\"export\" must export a valid Function"),
        Case("export let GET;", "\"export\" must export a valid Function"),
        Case("export const GET = async () => {}.x", "\"export\" must export a valid Function"),
        Case("export function* GET (callback) {}", "\"export\" can not export a generator"),
        Case("export const POST = async function* () {}", "\"export\" can not export a generator"),
        Case("export async function GET () {}\nexport const GET = async () => {}", "`GET` has already been exported. Exported identifiers must be unique.", line: 2),
        Case("export function* GET (callback) {}\nexport async function foo () {}", "\(names) \"foo\"", line: 2),
        Case("export default async () => {};\nexport async function GET () {}", "Can not export named declarations \"GET\", \"POST\", \"PUT\", \"DELETE\" if a default export is specified."),
        Case("export const GET = async () => {};\nexport default async () => {};", "Can not export named declarations \"GET\", \"POST\", \"PUT\", \"DELETE\" if a default export is specified."),
        // Q27: clear errors instead of upstream's TypeErrors
        Case("async function GET () {}\nexport { GET }", "Named exports must declare their function in the export statement (\"export async function GET (…)\" or \"export const GET = async (…) => …\"); \"export { … }\" lists are not supported", line: 2),
        Case("export { GET } from './x.mjs'", "Named exports must declare their function in the export statement (\"export async function GET (…)\" or \"export const GET = async (…) => …\"); \"export { … }\" lists are not supported"),
        Case("module.exports = async ({a, b}) => {}", "Destructured parameters are not supported ({a, b}): declare each parameter by name"),
        Case("module.exports = async ([a]) => {}", "Destructured parameters are not supported ([a]): declare each parameter by name"),
        Case("module.exports = async (...args) => {}", "Rest parameters are not supported (...args): declare each parameter by name"),
        Case("module.exports = async ({a} = {}) => {}", "Expected Identifier in Left-Hand of AssignmentPattern"),
        Case("module.exports = (...args) => {}", nonAsync),
        // callback
        Case("module.exports = () => {}", nonAsync),
        Case("module.exports = function () {}", nonAsync),
        Case("module.exports = (a, cb) => {}", nonAsync),
        Case("module.exports = (callback = null) => {}", nonAsync),
        Case("module.exports = (callback, a) => {}", nonAsync),
        Case("export function GET (a) {}", nonAsync),
        Case("module.exports = async (callback) => {}", asyncCallback),
        Case("module.exports = async (callback, context) => {}", asyncCallback),
        Case("module.exports = async (a, callback = 1) => {}", asyncCallback),
        Case("module.exports = async callback => {}", asyncCallback),
        // context
        Case("module.exports = async (context, a) => {}", contextLast),
        Case("module.exports = (context, a, callback) => {}", contextLast),
        Case("module.exports = async (a, context = {}) => {}", contextDefault),
        Case("module.exports = async (context = null) => {}", contextDefault),
        // names
        Case("module.exports = async (_stream) => {}", "Invalid parameter name \"_stream\""),
        Case("module.exports = async (_debug) => {}", "Invalid parameter name \"_debug\""),
        Case("module.exports = async (_background) => {}", "Invalid parameter name \"_background\""),
        Case("module.exports = async (let) => {}", "Invalid parameter name \"let\""),
        Case("module.exports = async (delete) => {}", "Invalid parameter name \"delete\""),
        Case("module.exports = async (a = 1, const = 2) => {}", "Invalid parameter name \"const\""),
        Case("module.exports = async (a b) => {}", "Invalid parameter name \"a b\""),
        Case("module.exports = async (2) => {}", "Invalid parameter name \"2\""),
        Case("module.exports = async (a.x) => {}", "Invalid parameter name \"a.x\""),
        Case("module.exports = async (a, a) => {}", "Duplicate parameter name \"a\""),
        Case("module.exports = async (a, , b) => {}", "Unexpected token \",\""),
        // upstream checks parameters from last to first
        Case("module.exports = async (a = b, c = !7) => {}", "Invalid default parameter: c = !7 (Invalid UnaryExpression)"),
        Case("module.exports = async (_stream, context, ) => {}", "Invalid parameter name \"_stream\""),
    ]

    @Test(arguments: cases)
    func errorMessage(_ testCase: Case) throws {
        do {
            _ = try ExportParser.parse(testCase.source)
            Issue.record("no error for \(testCase.source)")
        } catch {
            #expect(error.message == testCase.message)
            if let line = testCase.line { #expect(error.line == line) }
        }
    }
}
