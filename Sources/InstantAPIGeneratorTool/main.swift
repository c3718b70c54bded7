import Foundation
import InstantAPIGenerator

// The build plugin's tool: `instant-api-generator ROOT OUTPUT [--access internal|package|public]`
// writes the typed API of ROOT/functions to OUTPUT. A small executable of its own, so that a
// package using the plugin builds no argument parser for it. Manifest errors are printed as
// `ROOT/functions/a.mjs:7: error: …`, which SwiftPM and editors show at the manifest's line.
// ROOT/instant-api.json, when present, sets the options (GeneratorConfiguration).

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(1)
}

var positional: [String] = []
var access: APISourceGenerator.AccessLevel?
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    if argument == "--access" {
        guard let value = arguments.popFirst(), let level = APISourceGenerator.AccessLevel(rawValue: value) else {
            fail("error: --access takes internal, package or public")
        }
        access = level
    } else {
        positional.append(argument)
    }
}
guard positional.count == 2 else { fail("usage: instant-api-generator ROOT OUTPUT [--access internal|package|public]") }

let root = URL(fileURLWithPath: positional[0], isDirectory: true)
var options = APISourceGenerator.Options()
let configuration = root.appendingPathComponent(GeneratorConfiguration.fileName)
if FileManager.default.fileExists(atPath: configuration.path) {
    switch GeneratorConfiguration.options(from: configuration) {
    case .success(let configured): options = configured
    case .failure(let error): fail(error.message)
    }
}
if let access { options.access = access }
let generator = APISourceGenerator(options: options)
switch generator.load(root: root) {
case .failure(let failure):
    for diagnostic in failure.diagnostics {
        FileHandle.standardError.write(Data((root.path + "/" + diagnostic.description + "\n").utf8))
    }
    exit(1)
case .success(let definitions):
    let source = Data(generator.source(for: definitions).utf8)
    let output = URL(fileURLWithPath: positional[1])
    // Unchanged output keeps its timestamp, so the target is not recompiled for nothing.
    if (try? Data(contentsOf: output)) != source {
        do { try source.write(to: output, options: .atomic) } catch { fail("error: can not write \(output.path): \(error)") }
    }
}
