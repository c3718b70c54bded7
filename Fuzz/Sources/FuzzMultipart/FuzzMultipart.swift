import FuzzSupport

/// `multipart/form-data` bodies through `BodyParser.parse`: once with a fixed boundary (the
/// seeds use it), once with a boundary taken from the input (its first byte gives the length,
/// 1...70, of the boundary that follows; the rest is the body), and once with the Content-Type
/// header itself taken from the first line of the input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = FuzzSupport.bytes(data, size)

    parse(contentType: "multipart/form-data; boundary=\(fixedBoundary)", body: bytes)

    if let first = bytes.first {
        let length = min(Int(first % 70) + 1, bytes.count - 1)
        if length > 0 {
            let boundary = FuzzSupport.text(Array(bytes[1...length]))
            let body = Array(bytes[(length + 1)...])
            parse(contentType: "multipart/form-data; boundary=\(boundary)", body: body)
            parse(contentType: "multipart/form-data; boundary=\"\(boundary)\"; charset=utf-8", body: body)
        }
    }

    // "Content-Type: <line 1>\n<body>": header parameter parsing (quoting, escapes, case).
    if let newline = bytes.firstIndex(of: UInt8(ascii: "\n")) {
        let header = FuzzSupport.text(Array(bytes[..<newline]))
        parse(contentType: "multipart/form-data;" + header, body: Array(bytes[(newline + 1)...]))
    }
    return 0
}

let fixedBoundary = "----FuzzBoundary7MA4YWxk"

func parse(contentType: String, body: [UInt8]) {
    if let parsed = try? BodyParser.parse(method: "POST", contentType: contentType, body: body, convertStrings: false)
    {
        FuzzSupport.validate(body: parsed)
    }
}

/// The executable's entry point under SwiftPM's `main` renaming (see `FuzzSupport.runDriver`).
@_cdecl("FuzzMultipart_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    FuzzSupport.runDriver(argc, argv) { data, size in fuzz(data ?? FuzzSupport.emptyInput, size) }
}
