import Testing
@testable import InstantAPICore

extension ParametersTests {
    @Suite struct MultipartBodyParserTests {
        struct Part {
            var headers: [String]
            var body: [UInt8]

            init(_ headers: [String], _ body: [UInt8]) {
                self.headers = headers
                self.body = body
            }

            init(name: String, _ text: String) {
                self.init(["Content-Disposition: form-data; name=\"\(name)\""], Array(text.utf8))
            }
        }

        static func body(_ parts: [Part], boundary: String = "XyZ123") -> [UInt8] {
            var bytes: [UInt8] = []
            for part in parts {
                bytes += Array("--\(boundary)\r\n".utf8)
                for header in part.headers { bytes += Array("\(header)\r\n".utf8) }
                bytes += Array("\r\n".utf8)
                bytes += part.body
                bytes += Array("\r\n".utf8)
            }
            bytes += Array("--\(boundary)--\r\n".utf8)
            return bytes
        }

        static func parse(
            _ body: [UInt8], type: String = "multipart/form-data; boundary=XyZ123"
        ) throws(ParameterParseError) -> JSONObject {
            try BodyParser.parse(method: "POST", contentType: type, body: body, convertStrings: false).parameters
        }

        static func error(_ body: [UInt8], type: String = "multipart/form-data; boundary=XyZ123") -> String? {
            do {
                _ = try parse(body, type: type)
                return nil
            } catch {
                return error.message
            }
        }

        @Test func textJSONAndBinaryParts() throws {
            let binary: [UInt8] = [0x00, 0xFF, 0x0D, 0x0A, 0x0D, 0x0A, 0x2D, 0x2D, 0x41, 0x0D, 0x0A]
            let parts = [
                Part(name: "text", "héllo wörld ✓"),
                Part(["Content-Disposition: form-data; name=\"json\"", "Content-Type: application/json"], Array(#"{"a":[1,true]}"#.utf8)),
                Part(["content-disposition: form-data; name=\"file\"; filename=\"a.bin\"", "content-type: application/octet-stream"], binary),
                Part(["Content-Disposition: form-data; name=\"plain\"", "Content-Type: Text/Plain; charset=utf-8"], Array("x".utf8)),
                Part(["Content-Disposition: form-data; filename=\"b.txt\"; name=\"ordered\""], Array("y".utf8)),
            ]
            let result = try Self.parse(Self.body(parts))
            #expect(Array(result.keys) == ["text", "json", "file", "plain", "ordered"])
            #expect(result["text"] == "héllo wörld ✓")
            #expect(result["json"] == ["a": [1, true]])
            #expect(result["file"] == .buffer(binary))
            #expect(result["plain"] == "x")
            #expect(result["ordered"] == "y")
        }

        /// SPEC §3: the original cut values at the first blank line.
        @Test func valuesWithBlankLinesStayWhole() throws {
            let result = try Self.parse(Self.body([Part(name: "a", "AB\r\n\r\nCD"), Part(name: "b", "\r\n--XyZ12\r\n")]))
            #expect(result["a"] == "AB\r\n\r\nCD")
            #expect(result["b"] == "\r\n--XyZ12\r\n")
        }

        @Test func emptyValuesAndEmptyForms() throws {
            #expect(try Self.parse(Self.body([Part(name: "a", "")])) == ["a": ""])
            #expect(try Self.parse(Array("--XyZ123--\r\n".utf8)).isEmpty)
            #expect(try Self.parse(Array("--XyZ123--".utf8)).isEmpty)
        }

        @Test(arguments: [
            "multipart/form-data; boundary=\"XyZ123\"", "multipart/form-data;boundary=XyZ123",
            "Multipart/Form-Data; BOUNDARY=XyZ123", "multipart/form-data; charset=utf-8; boundary=XyZ123 ",
            "multipart/form-data; boundary=XyZ123; charset=utf-8",
        ])
        func boundaryForms(type: String) throws {
            #expect(try Self.parse(Self.body([Part(name: "a", "1")]), type: type) == ["a": "1"])
        }

        @Test func quotedBoundaryWithSpecialCharacters() throws {
            let boundary = "----Web Kit:=;x"
            let type = "multipart/form-data; boundary=\"\(boundary)\""
            #expect(try Self.parse(Self.body([Part(name: "a", "1")], boundary: boundary), type: type) == ["a": "1"])
        }

        @Test(arguments: ["multipart/form-data", "multipart/form-data; boundary=", "multipart/form-data; boundary=\"\"", "multipart/form-data; charset=utf-8"])
        func missingBoundary(type: String) {
            #expect(Self.error(Self.body([Part(name: "a", "1")]), type: type)
                == "Bad multipart/form-data header: no multipart boundary")
        }

        @Test func invalidJSONPart() {
            let part = Part(["Content-Disposition: form-data; name=\"doc\"", "Content-Type: application/json"], Array("{nope".utf8))
            #expect(Self.error(Self.body([part])) == "Invalid multipart form-data with key: doc")
        }

        @Test func partWithoutAName() {
            let message = "Invalid multipart form-data: every part needs a \"name\" in its Content-Disposition header"
            #expect(Self.error(Self.body([Part(["Content-Disposition: form-data"], [0x41])])) == message)
            #expect(Self.error(Self.body([Part(["Content-Type: text/plain"], [0x41])])) == message)
            #expect(Self.error(Self.body([Part(["Content-Disposition: form-data; filename=\"a\""], [0x41])])) == message)
        }

        @Test func duplicatesKeepTheLastValueAtTheFirstPosition() throws {
            let result = try Self.parse(Self.body([Part(name: "a", "1"), Part(name: "b", "2"), Part(name: "a", "3")]))
            #expect(Array(result.keys) == ["a", "b"])
            #expect(result["a"] == "3")
        }

        @Test func notConvertibleUnlessAsked() throws {
            let body = Self.body([Part(name: "a", "1")])
            let type = "multipart/form-data; boundary=XyZ123"
            #expect(try !BodyParser.parse(method: "POST", contentType: type, body: body, convertStrings: false).convertible)
            #expect(try BodyParser.parse(method: "PUT", contentType: type, body: body, convertStrings: true).convertible)
        }

        @Test(arguments: [
            "garbage",
            "--XyZ123\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nunterminated",
            "--XyZ123\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nvalue\r\n--XyZ123",
            "--XyZ123\r\nBad Header Line\r\n\r\nx\r\n--XyZ123--",
            "--XyZ123\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx\r\n--XyZ123X--XyZ123--",
            "--XyZ123x\r\n\r\n--XyZ123--",
            "preamble only --XyZ123--",
        ])
        func malformedBodiesAreErrors(text: String) {
            #expect(Self.error(Array(text.utf8)) != nil)
        }

        @Test func preambleAndEpilogueAreIgnored() throws {
            let text = "preamble\r\n--XyZ123\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--XyZ123--\r\nepilogue"
            #expect(try Self.parse(Array(text.utf8)) == ["a": "1"])
        }
    }
}
