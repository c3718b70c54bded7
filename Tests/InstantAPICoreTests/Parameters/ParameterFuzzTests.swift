import Testing
@testable import InstantAPICore

extension ParametersTests {
    /// Random bytes through every parser: any outcome is fine except a trap or a hang.
    @Suite struct ParameterFuzzTests {
        typealias Generator = SplitMix64

        /// Bytes biased towards the syntax of each format, so the fuzzing reaches past the first byte.
        static let alphabet: [UInt8] = Array("&=[].%+aZ09-\"{}:,<>/?!x \r\n\t\\'_;".utf8) + [0x00, 0xC3, 0xA9, 0xFF, 0xE2, 0x82]

        static func randomBytes(_ generator: inout Generator, maxLength: Int) -> [UInt8] {
            let length = Int.random(in: 0...maxLength, using: &generator)
            return (0..<length).map { _ in
                Bool.random(using: &generator)
                    ? alphabet[Int.random(in: 0..<alphabet.count, using: &generator)]
                    : UInt8.random(in: 0...255, using: &generator)
            }
        }

        @Test func queryStrings() {
            var generator = Generator(seed: 1)
            for _ in 0..<3000 {
                let bytes = Self.randomBytes(&generator, maxLength: 64)
                _ = try? QueryStringParser.parse(String(decoding: bytes, as: UTF8.self)[...])
                _ = try? bytes.withUnsafeBufferPointer { try QueryStringParser.parse(bytes: $0) }
            }
        }

        @Test(arguments: [
            "application/json", "text/plain", "application/x-www-form-urlencoded", "application/octet-stream",
            "multipart/form-data; boundary=b", "multipart/form-data", "text/xml",
        ])
        func bodies(type: String) {
            var generator = Generator(seed: UInt64(type.utf8.count))
            let iterations = type.contains("xml") ? 300 : 1500
            for _ in 0..<iterations {
                let bytes = Self.randomBytes(&generator, maxLength: 96)
                _ = try? BodyParser.parse(method: "POST", contentType: type, body: bytes, convertStrings: false)
            }
            for _ in 0..<200 {
                _ = try? BodyParser.parse(method: "GET", contentType: type, body: Self.randomBytes(&generator, maxLength: 64), convertStrings: true)
            }
        }

        /// Mutations of a valid multipart body: truncations and flipped bytes.
        @Test func multipartMutations() {
            let valid = Array(
                "--b\r\nContent-Disposition: form-data; name=\"a\"\r\nContent-Type: application/json\r\n\r\n{\"x\":1}\r\n--b\r\nContent-Disposition: form-data; name=\"f\"\r\n\r\nv\r\n--b--\r\n".utf8)
            var generator = Generator(seed: 42)
            for length in 0...valid.count {
                _ = try? BodyParser.parse(method: "POST", contentType: "multipart/form-data; boundary=b", body: Array(valid.prefix(length)), convertStrings: false)
            }
            for _ in 0..<1000 {
                var bytes = valid
                for _ in 0..<Int.random(in: 1...4, using: &generator) {
                    bytes[Int.random(in: 0..<bytes.count, using: &generator)] = Self.alphabet.randomElement(using: &generator) ?? 0
                }
                _ = try? BodyParser.parse(method: "POST", contentType: "multipart/form-data; boundary=b", body: bytes, convertStrings: false)
            }
        }

        /// Mutations of a valid XML document.
        @Test func xmlMutations() {
            let valid = Array(#"<?xml version="1.0"?><r a="1"><b>true</b><b x='2'>t<![CDATA[c]]></b><!-- c --><?pi y="3"?></r>"#.utf8)
            var generator = Generator(seed: 7)
            for length in 0...valid.count {
                _ = try? BodyParser.parse(method: "POST", contentType: "application/xml", body: Array(valid.prefix(length)), convertStrings: false)
            }
            for _ in 0..<400 {
                var bytes = valid
                for _ in 0..<Int.random(in: 1...3, using: &generator) {
                    bytes[Int.random(in: 0..<bytes.count, using: &generator)] = Self.alphabet.randomElement(using: &generator) ?? 0
                }
                _ = try? BodyParser.parse(method: "POST", contentType: "text/xml", body: bytes, convertStrings: false)
            }
        }

        /// Structured random keys, to reach the nesting grammar and its conflicts.
        @Test func structuredQueryKeys() {
            var generator = Generator(seed: 99)
            let pieces = ["a", "b", ".", "[]", "[0]", "[1]", "[x]", "[-1]", "[1.5]", "[70000]", "=", "&", "1", "%5B", "]", "["]
            for _ in 0..<3000 {
                let count = Int.random(in: 0...12, using: &generator)
                let query = (0..<count).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
                _ = try? QueryStringParser.parse(query[...])
            }
        }
    }
}
