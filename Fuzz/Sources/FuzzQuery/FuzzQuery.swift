import FuzzSupport

/// Query strings and `application/x-www-form-urlencoded` bodies: `QueryStringParser.parse`,
/// the urlencoded body path (POST with the header, GET whatever the header), the query/body
/// merge, and validation with string conversion.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = FuzzSupport.bytes(data, size)
    let text = FuzzSupport.text(bytes)

    let query = try? QueryStringParser.parse(text[...])
    if let query {
        FuzzSupport.serialize(.object(query))
        FuzzSupport.validate(query: query, body: ParsedBody(convertible: true))
    }

    if let body = try? BodyParser.parse(
        method: "POST", contentType: "application/x-www-form-urlencoded", body: bytes, convertStrings: false)
    {
        FuzzSupport.validate(body: body)
        // The same text as both query and body: every key collides.
        if let query { FuzzSupport.validate(query: query, body: body) }
    }
    if let body = try? BodyParser.parse(method: "GET", contentType: nil, body: bytes, convertStrings: false) {
        FuzzSupport.validate(body: body)
    }
    return 0
}

/// The executable's entry point under SwiftPM's `main` renaming (see `FuzzSupport.runDriver`).
@_cdecl("FuzzQuery_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    FuzzSupport.runDriver(argc, argv) { data, size in fuzz(data ?? FuzzSupport.emptyInput, size) }
}
