import Foundation
import InstantAPICore

// Generates a functions/ tree of realistic manifests, then times scanning and parsing it.
// Target (issue #2): 1,000 manifests in under 0.5 s in release. Run: scripts/bench-manifests.sh
// `ManifestBenchmark COUNT --write DIR` only writes the tree to DIR/functions and keeps it
// (scripts/bench-generated-api.sh builds the typed API of it).

let arguments = Array(CommandLine.arguments.dropFirst())
let count = arguments.first.flatMap(Int.init) ?? 1000
let rounds = 5
let writeOnly = arguments.firstIndex(of: "--write").flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }

let root = writeOnly.map { URL(fileURLWithPath: $0, isDirectory: true) }
    ?? FileManager.default.temporaryDirectory.appendingPathComponent("instant-manifest-bench-\(getpid())")
let functions = root.appendingPathComponent("functions")
defer { if writeOnly == nil { try? FileManager.default.removeItem(at: root) } }

func manifest(_ index: Int) -> String {
    switch index % 4 {
    case 0:
        return """
            /**
             * Retrieve the weather for a location (\(index))
             * @param {?string{1..64}} location Search by location
             * @param {?object} coords Provide specific latitude and longitude
             * @param {number{-90,90}} coords.lat Latitude
             * @param {number{-180,180}} coords.lng Longitude
             * @param {string[]} tags Nearby locations to include
             * @returns {object} weather
             * @returns {number} weather.temperature
             * @returns {string} weather.units
             */
            export async function GET (location = null, coords = null, tags = []) {
              return { temperature: 89.2, units: '°F' };
            }

            """
    case 1:
        return """
            /**
             * Create an order
             * @param {string} id The order id
             * @param {integer{1,1000}} qty How many
             * @param {object[]} items Line items
             * @ {string} sku Stock keeping unit
             * @ {number{0,}} price Unit price
             * @param {enum} priority How urgent
             *   ["low", 0]
             *   ["high", 1]
             * @returns {object.http} response
             */
            export async function POST (id, qty = 1, items = [], priority = "low", context) {
              return { statusCode: 201, body: JSON.stringify({ id }) };
            }

            /**
             * Delete an order
             * @param {string} id The order id
             */
            export async function DELETE (id) {
              return true;
            }

            """
    case 2:
        return """
            /**
             * Stream tokens
             * @param {string{1..4096}} query The prompt
             * @param {"fast"|"slow"|integer{1,10}} speed How fast
             * @stream {object} chunk A token
             * @stream {string} chunk.delta The text
             * @returns {object} result
             * @returns {string} result.content
             */
            module.exports = async (query, speed = "fast", context) => {
              for (const token of query.split(' ')) context.stream('chunk', { delta: token });
              return { content: query };
            };

            """
    default:
        return """
            /**
             * A plain endpoint \(index)
             * @origin example.com
             * @background params name
             * @param {string} name Who to greet
             * @param {boolean} loud Shout
             * @returns {string} greeting
             */
            export default async (name = "world", loud = false) => {
              const text = `hello ${name}`;
              return loud ? text.toUpperCase() : text;
            };

            """
    }
}

do {
    for index in 0..<count {
        let folder = functions.appendingPathComponent("v\(index % 10)/group\(index % 37)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try manifest(index).write(to: folder.appendingPathComponent("endpoint\(index).mjs"), atomically: false, encoding: .utf8)
    }
} catch {
    FileHandle.standardError.write(Data("could not write the manifests: \(error)\n".utf8))
    exit(1)
}
if writeOnly != nil { exit(0) }

let loader = ManifestLoader(environment: [:])
var timings: [Double] = []
var definitions = 0
for _ in 0..<rounds {
    let start = DispatchTime.now().uptimeNanoseconds
    let manifests = loader.load(root: root)
    let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    timings.append(elapsed)
    definitions = manifests.definitions.count
    if manifests.hasErrors {
        FileHandle.standardError.write(Data("unexpected diagnostics: \(manifests.diagnostics.prefix(3))\n".utf8))
        exit(1)
    }
}
timings.sort()
let median = timings[timings.count / 2]
print("manifests: \(count) files, \(definitions) definitions")
print(String(format: "scan+parse: median %.3f s, best %.3f s over %d rounds (target < 0.5 s)", median, timings[0], rounds))
print(String(format: "per manifest: %.1f µs", median / Double(count) * 1e6))

// The same sources parsed from memory: what the parsers cost without the file system.
let sources = (0..<count).map { (manifest($0), "v\($0 % 10)/group\($0 % 37)/endpoint\($0)") }
let parseStart = DispatchTime.now().uptimeNanoseconds
for (source, route) in sources {
    _ = try? ManifestFileParser.parse(source: source, pathname: route + ".mjs", route: route, environment: [:])
}
let parseOnly = Double(DispatchTime.now().uptimeNanoseconds - parseStart) / 1e9
print(String(format: "parse only (in memory): %.3f s, %.1f µs per manifest", parseOnly, parseOnly / Double(count) * 1e6))
