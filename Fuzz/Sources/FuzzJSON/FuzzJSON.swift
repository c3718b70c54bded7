import FuzzSupport

/// JSON: `JSONValue.parse(bytes:)` (strict grammar, default and tiny depth limits), a
/// serialize/re-parse round trip, and the JSON and text/plain request body paths with validation.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = FuzzSupport.bytes(data, size)

    if let value = try? JSONValue.parse(bytes: bytes) {
        FuzzSupport.serialize(value)
        // A value we printed must read back; a failure here is a serializer/parser mismatch.
        let printed = value.jsonBytes()
        if (try? JSONValue.parse(bytes: printed)) == nil {
            fatalError("serialized JSON does not re-parse: \(FuzzSupport.text(printed))")
        }
    }
    _ = try? JSONValue.parse(bytes: bytes, maxDepth: 3)
    _ = try? JSONValue.parse(FuzzSupport.text(bytes))

    for contentType in ["application/json", "text/plain; charset=utf-8"] {
        if let body = try? BodyParser.parse(
            method: "POST", contentType: contentType, body: bytes, convertStrings: contentType != "application/json")
        {
            FuzzSupport.validate(body: body)
        }
    }
    return 0
}

/// The executable's entry point under SwiftPM's `main` renaming (see `FuzzSupport.runDriver`).
@_cdecl("FuzzJSON_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    FuzzSupport.runDriver(argc, argv) { data, size in fuzz(data ?? FuzzSupport.emptyInput, size) }
}
