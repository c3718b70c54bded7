import Testing
@testable import InstantAPICore

extension ParametersTests {
    /// Hostile and large XML bodies: each must give a value or a `ParameterParseError`, never a
    /// crash, and large ones must still come out right.
    @Suite struct XMLHardeningTests {
        static func outcome(_ bytes: [UInt8]) -> Result<JSONObject, ParameterParseError> {
            Result { () throws(ParameterParseError) in try XMLBodyParser.parse(bytes) }
        }

        static func json(_ xml: String) throws -> String {
            JSONValue.object(try XMLBodyParser.parse(Array(xml.utf8))).jsonString()
        }

        static func error(_ bytes: [UInt8]) -> String? {
            if case .failure(let error) = outcome(bytes) { return error.message }
            return nil
        }

        /// These crashed libxml2 through Foundation's `XMLParser`.
        @Test func inputsThatCrashedLibxml2() throws {
            #expect(try Self.json("<a><?x?></a>") == #"{"a":{"?x":""}}"#)
            #expect(try Self.json("<?x?><a/>") == #"{"?x":"","a":""}"#)
            let utf7 = Array(#"<?xml version="1.0" encoding="UTF-7"?><a>"#.utf8) + [0xFF] + Array("</a>".utf8)
            #expect(Self.error(utf7)?.hasPrefix("Invalid XML: Unsupported encoding") == true)
            let nulls: [UInt8] = [0, 0, 0] + Array("<<a b=&".utf8) + [0, 0, 0] + Array("<".utf8)
            #expect(Self.error(nulls)?.hasPrefix("Invalid XML: Unsupported encoding") == true)
        }

        @Test func undeclaredPrefixesArePlainNames() throws {
            #expect(try Self.json("<entry><yt:videoId>x</yt:videoId></entry>") == #"{"entry":{"yt:videoId":"x"}}"#)
        }

        static let entityBomb = #"<?xml version="1.0"?><!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>"#

        static func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
            text.utf16.flatMap { unit in
                bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            }
        }

        static func utf32(_ text: String, bigEndian: Bool) -> [UInt8] {
            text.unicodeScalars.flatMap { scalar in
                let v = scalar.value
                let bytes = [UInt8(v >> 24), UInt8((v >> 16) & 0xFF), UInt8((v >> 8) & 0xFF), UInt8(v & 0xFF)]
                return bigEndian ? bytes : bytes.reversed()
            }
        }

        @Test(arguments: [false, true])
        func utf16AndUTF32DocumentsAreRefused(withBOM: Bool) {
            let text = (withBOM ? "\u{FEFF}" : "") + Self.entityBomb
            let documents = [
                Self.utf16(text, bigEndian: true), Self.utf16(text, bigEndian: false),
                Self.utf32(text, bigEndian: true), Self.utf32(text, bigEndian: false),
            ]
            for bytes in documents {
                let message = Self.error(bytes)
                #expect(message?.hasPrefix("Invalid XML: Unsupported encoding") == true, "\(String(describing: message))")
            }
        }

        @Test(arguments: ["UTF-16", "utf-32", "ISO-8859-1", "EBCDIC"])
        func declaredForeignEncodingsAreRefused(encoding: String) {
            let xml = #"<?xml version="1.0" encoding="\#(encoding)"?><a>1</a>"#
            #expect(Self.error(Array(xml.utf8)) == "Invalid XML: Unsupported encoding \"\(encoding)\":1:1")
        }

        @Test(arguments: ["UTF-8", "utf8", "US-ASCII", "ascii"])
        func declaredUTF8AndASCIIAreRead(encoding: String) throws {
            let xml = #"<?xml version="1.0" encoding="\#(encoding)"?><a>1</a>"#
            #expect(try Self.json(xml) == #"{"?xml":{"@_version":"1.0","@_encoding":"\#(encoding)"},"a":"1"}"#)
        }

        @Test(arguments: [[0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0xEF, 0xBF, 0xBF]] as [[UInt8]])
        func invalidUTF8IsAnError(bad: [UInt8]) {
            let message = Self.error(Array("<a>".utf8) + bad + Array("</a>".utf8))
            #expect(message?.hasPrefix("Invalid XML: Invalid ") == true)
            #expect(message?.hasSuffix(":1:4") == true, "\(String(describing: message))")
        }

        @Test(arguments: [
            ("&#0;", "Invalid character reference"), ("&#xD800;", "Invalid character reference"),
            ("&#x110000;", "Invalid character reference"), ("&#99999999999999999999999;", "Invalid character reference"),
            ("&#xFFFE;", "Invalid character reference"), ("&#;", "Malformed character reference"),
            ("&#x;", "Malformed character reference"), ("&lt", "Malformed entity reference"),
            ("& x", "Malformed entity reference"), ("&nbsp;", "Undeclared entity \"nbsp\""),
        ])
        func badReferences(reference: String, reason: String) {
            #expect(Self.error(Array("<a>\(reference)</a>".utf8)) == "Invalid XML: \(reason):1:4")
        }

        @Test func characterReferencesAndLineEnds() throws {
            #expect(try Self.json("<a>&#x1F600;&#233;&#9;x</a>") == #"{"a":"😀é\tx"}"#)
            #expect(try Self.json("<a>x\r\ny\rz</a>") == #"{"a":"x\ny\nz"}"#)
            #expect(try Self.json("<a b=\"1\r\n2\t3\"/>") == #"{"a":{"@_b":"1 2 3"}}"#)
        }

        @Test(arguments: [
            ("<a><b></b></c>", "Closing tag does not match opening tag:1:15"),
            ("<a>", "Unclosed tag \"a\":1:4"),
            ("", "Document is empty:1:1"),
            (" \n ", "Document is empty:2:2"),
            ("<!-- c -->", "Start tag expected:1:11"),
            ("x<a/>", "Start tag expected:1:1"),
            ("<a/><b/>", "Extra content at the end of the document:1:5"),
            ("<a/>x", "Extra content at the end of the document:1:5"),
            ("<a><!-- x</a>", "Comment not terminated:1:4"),
            ("<a><![CDATA[x</a>", "CDATA section not terminated:1:4"),
            ("<a><?pi x</a>", "Processing instruction not terminated:1:4"),
            ("<a b=\"1/>", "Attribute value not terminated:1:6"),
            ("<a b=\"<\"/>", "Unescaped '<' in attribute value:1:7"),
            ("<a b/>", "Attribute without value:1:5"),
            ("<a b=1/>", "Attribute value must be quoted:1:6"),
            ("<a b='1'c='2'/>", "Space required between attributes:1:9"),
            ("<a b='1' b='2'/>", "Attribute redefined:1:15"),
            ("<1a/>", "Invalid element name:1:2"),
            ("<-a/>", "Invalid element name:1:2"),
            ("<.a/>", "Invalid element name:1:2"),
            ("<a/><?xml version='1.0'?>", "XML declaration allowed only at the start of the document:1:5"),
            (" <?xml version='1.0'?><a/>", "XML declaration allowed only at the start of the document:1:2"),
            ("<!DOCTYPE a [<!-- ] > --> <?p ]?> ']'>]><a>1</a><!DOCTYPE b>", "DOCTYPE not allowed here:1:49"),
            ("</a>", "Closing tag without opening tag:1:1"),
            ("<a></a b>", "'>' expected:1:8"),
            ("<a>\n  <é>ü</è>", "Closing tag does not match opening tag:2:11"),
        ])
        func wellFormednessErrors(xml: String, expected: String) {
            #expect(Self.error(Array(xml.utf8)) == "Invalid XML: \(expected)")
        }

        @Test func namesAndDoctypes() throws {
            #expect(try Self.json("<é_1.x-y:z/>") == #"{"é_1.x-y:z":""}"#)
            #expect(try Self.json("<!DOCTYPE a [<!-- ] > --> <?p ]?> ']'>]><a>1</a>") == #"{"a":"1"}"#)
            #expect(try Self.json("<?xml-stylesheet href='s.css'?><a/>") == #"{"?xml-stylesheet":{"@_href":"s.css"},"a":""}"#)
            #expect(try Self.json("<a><![CDATA[ true ]]></a>") == #"{"a":true}"#)
            #expect(try Self.json("<a>\u{A0}x\u{3000}</a>") == #"{"a":"x"}"#)
        }

        @Test func entityDeclarationsAnywhereAreRefused() {
            for xml in [Self.entityBomb, "<a><!-- <!ENTITY --></a>", "\u{FEFF}<!DOCTYPE a [<!ENTITY % p SYSTEM 'x'>]><a/>"] {
                #expect(Self.error(Array(xml.utf8)) == "Invalid XML: entity declarations are not allowed")
            }
        }

        @Test func hundredThousandSiblings() throws {
            let xml = "<r>" + String(repeating: "<a>1</a>", count: 100_000) + "</r>"
            let parsed = try XMLBodyParser.parse(Array(xml.utf8))
            guard case .object(let root)? = parsed["r"], case .array(let items)? = root["a"] else {
                Issue.record("expected r.a to be an array")
                return
            }
            #expect(items.count == 100_000)
            #expect(items.allSatisfy { $0 == .string("1") })
        }

        @Test func tenThousandAttributes() throws {
            let attributes = (0..<10_000).map { " a\($0)=\"\($0)\"" }.joined()
            let parsed = try XMLBodyParser.parse(Array("<r\(attributes)/>".utf8))
            guard case .object(let root)? = parsed["r"] else {
                Issue.record("expected r to be an object")
                return
            }
            #expect(root.count == 10_000)
            #expect(root["@_a9999"] == .string("9999"))
            #expect(root.keys.first == "@_a0")
            let repeated = "<r\(attributes) a5000=\"x\"/>"
            #expect(Self.error(Array(repeated.utf8))?.hasPrefix("Invalid XML: Attribute redefined:") == true)
        }

        @Test func longRunsAndManyMarkupItems() throws {
            let text = String(repeating: "x", count: 200_000)
            #expect(try Self.json("<a>\(text)</a>") == #"{"a":"\#(text)"}"#)
            let mixed = "<a>" + String(repeating: "y<!--c--><?p?><![CDATA[z]]><b/>", count: 20_000) + "</a>"
            let parsed = try XMLBodyParser.parse(Array(mixed.utf8))
            guard case .object(let a)? = parsed["a"], case .array(let bs)? = a["b"], case .array(let ps)? = a["?p"] else {
                Issue.record("expected a.b and a.?p arrays")
                return
            }
            #expect(bs.count == 20_000)
            #expect(ps.count == 20_000)
            #expect(a["#text"] == .string(String(repeating: "yz", count: 20_000)))
        }

        @Test func deepNestingIsRefusedCleanly() {
            let xml = String(repeating: "<a>", count: 100_000) + String(repeating: "</a>", count: 100_000)
            #expect(Self.error(Array(xml.utf8)) == "Invalid XML: Elements nested too deeply:1:769")
            let limit = String(repeating: "<a>", count: 256) + String(repeating: "</a>", count: 256)
            #expect(Self.error(Array(limit.utf8)) == nil)
        }

        @Test func randomBytesNeverTrap() {
            var generator = SplitMix64(seed: 2026)
            let alphabet = Array("<>/?!=&#;x[]-'\" CDATA:é".utf8) + [0x00, 0x0D, 0xFF, 0xEF, 0xBB, 0xBF, 0xFE]
            for _ in 0..<3000 {
                let length = Int.random(in: 0...80, using: &generator)
                let bytes = (0..<length).map { _ in
                    Bool.random(using: &generator)
                        ? alphabet[Int.random(in: 0..<alphabet.count, using: &generator)]
                        : UInt8.random(in: 0...255, using: &generator)
                }
                _ = Self.outcome(bytes)
                _ = Self.outcome(Array("<a>".utf8) + bytes)
            }
        }
    }
}
