import FuzzSupport

/// XML request bodies through `BodyParser.parse` (`application/xml`, `text/xml`), then
/// validation of the resulting parameters.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = FuzzSupport.bytes(data, size)
    for contentType in ["application/xml", "text/xml; charset=utf-8"] {
        if let body = try? BodyParser.parse(
            method: "POST", contentType: contentType, body: bytes, convertStrings: contentType == "text/xml")
        {
            FuzzSupport.validate(body: body)
        }
    }
    return 0
}

/// The executable's entry point under SwiftPM's `main` renaming (see `FuzzSupport.runDriver`).
@_cdecl("FuzzXML_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    FuzzSupport.runDriver(argc, argv) { data, size in fuzz(data ?? FuzzSupport.emptyInput, size) }
}
