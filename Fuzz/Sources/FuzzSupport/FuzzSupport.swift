@_exported import InstantAPICore

/// Shared pieces of the harnesses: a fixed endpoint definition whose `@param` list the parsed
/// parameters are validated against (coercion, ranges, enums, nested objects, alternatives,
/// KeyQL), so validation runs on whatever shapes the parsers produce.
///
/// Any thrown error or validation failure is an expected outcome; only traps, sanitizer
/// reports, leaks and hangs are findings.
public enum FuzzSupport {
    /// The endpoint the parsed parameters are checked against. Parsed once, at first use, with
    /// the manifest parser itself; a failure here is a bug in the harness (or a manifest
    /// grammar change), so it traps loudly.
    static let endpointSource = """
        /**
        * Fuzz endpoint: one parameter of most kinds
        * @param {string{1..64}} name Who asks
        * @param {number{0,150}} age Their age
        * @param {integer} count A count
        * @param {boolean} flag A switch
        * @param {string[]} tags Labels
        * @param {object} target
        * @ {string} path
        * @ {number} bytes
        * @ OR
        * @ {string} url
        * @ {object} meta
        * @   {string} label
        * @   OR
        * @   {number} depth
        * @param {enum} speed
        *  ["standard", 0]
        *  ["express", 1]
        * @param {object.keyql.query} query Filter {?} ["status", "owner"]
        * @param {buffer} file An upload
        * @param {any} extra Anything
        * @returns {object}
        */
        module.exports = async (name, age = 1, count = 0, flag = false, tags = [], target = null,
          speed = 'standard', query = null, file = null, extra = null) => {
          return {};
        };
        """

    public static let validator: ParameterValidator = {
        do {
            let definitions = try ManifestFileParser.parse(
                source: endpointSource, pathname: "functions/fuzz.js", route: "fuzz", environment: [:])
            guard let definition = definitions.first else { fatalError("fuzz endpoint: no definition") }
            return ParameterValidator(parameters: definition.params)
        } catch {
            fatalError("fuzz endpoint does not parse: \(error)")
        }
    }()

    /// Validates `query` and `body` merged, as the gateway does per request; the result is
    /// consumed so the optimizer keeps the work.
    @inline(never)
    public static func validate(query: JSONObject? = nil, body: ParsedBody) {
        guard let merged = try? RequestParameters.merge(query: query ?? JSONObject(), body: body) else { return }
        consume(validator.validate(merged))
    }

    /// Serializes a parsed value (exercising the serializer on parser output).
    @inline(never)
    public static func serialize(_ value: JSONValue) {
        consume(value.jsonBytes().count)
    }

    /// Keeps `value` alive and observed without printing it.
    @inline(never)
    public static func consume<T>(_ value: T) {
        withExtendedLifetime(value) {}
    }

    /// The input as an array, and as text (invalid UTF-8 repaired, as request text would be).
    public static func bytes(_ data: UnsafePointer<UInt8>, _ size: Int) -> [UInt8] {
        Array(UnsafeBufferPointer(start: data, count: size))
    }

    public static func text(_ bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}

// MARK: - Entry point

/// libFuzzer's driver (`int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*cb)(const
/// uint8_t *, size_t))`, in the toolchain's libclang_rt.fuzzer).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

extension FuzzSupport {
    /// A valid pointer for an empty input.
    nonisolated(unsafe) public static let emptyInput: UnsafePointer<UInt8> = {
        let pointer = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
        pointer.initialize(to: 0)
        return UnsafePointer(pointer)
    }()

    /// Runs libFuzzer with the command line. Each harness calls it from `<Module>_main`: SwiftPM
    /// (5.5+) links executables on Linux with `--defsym main=<Module>_main`, so libFuzzer's own
    /// `main` is never reached and that symbol must exist. With a SwiftPM that does not rename
    /// `main`, libFuzzer's `main` is used and this is never called.
    public static func runDriver(
        _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
    ) -> CInt {
        // Built before the first input, so libFuzzer's per-input leak check never sees it.
        _ = validator
        var argc = argc
        var argv = argv
        return LLVMFuzzerRunDriver(&argc, &argv, callback)
    }
}
