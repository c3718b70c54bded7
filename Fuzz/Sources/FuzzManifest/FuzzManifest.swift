import FuzzSupport

/// One manifest file's source text: `ManifestFileParser.parse` (JavaScript export parsing,
/// JSDoc comment grammar, signature/comment merge), `ExportParser.parse` alone, and
/// `CommentParser.parse` on the raw input as a comment body. Parsed definitions are serialized
/// and, when they have parameters, their validator is compiled and run on an empty request.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let source = FuzzSupport.text(FuzzSupport.bytes(data, size))
    let environment = ["CASE_ORIGIN": "https://example.com", "EMPTY": ""]

    if let definitions = try? ManifestFileParser.parse(
        source: source, pathname: "functions/fuzz.js", route: "fuzz", environment: environment)
    {
        for definition in definitions {
            FuzzSupport.serialize(definition.definitionJSON)
            let validator = ParameterValidator(parameters: definition.params)
            FuzzSupport.consume(validator.validate(RequestParameters()))
        }
    }
    FuzzSupport.consume(try? ExportParser.parse(source, deferringSignatureErrors: false))
    FuzzSupport.consume(try? CommentParser.parse(source, firstLine: 1, environment: environment))
    return 0
}

/// The executable's entry point under SwiftPM's `main` renaming (see `FuzzSupport.runDriver`).
@_cdecl("FuzzManifest_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    FuzzSupport.runDriver(argc, argv) { data, size in fuzz(data ?? FuzzSupport.emptyInput, size) }
}
