import Testing
@testable import InstantAPICore

extension ParametersTests {
    @Suite struct XMLBodyParserTests {
        static func json(_ xml: String, type: String = "application/xml") throws -> String {
            let parsed = try BodyParser.parse(method: "POST", contentType: type, body: Array(xml.utf8), convertStrings: false)
            return JSONValue.object(parsed.parameters).jsonString()
        }

        static func error(_ xml: String) -> String? {
            do {
                _ = try BodyParser.parse(method: "POST", contentType: "text/xml", body: Array(xml.utf8), convertStrings: false)
                return nil
            } catch {
                return error.message
            }
        }

        static let company = """

              <Company>
                <Employee>
                    <FirstName>John</FirstName>
                    <LastName>Doe</LastName>
                    <ContactNo>1234567890</ContactNo>
                    <Email>johndoe@example.com</Email>
                    <Address>
                          <City>San Francisco</City>
                          <State>California</State>
                          <Zip>123456</Zip>
                    </Address>
                    <Fulltime>True</Fulltime>
                </Employee>
                <Employee>
                    <FirstName>Jane</FirstName>
                    <LastName>Smith</LastName>
                    <ContactNo>0987654321</ContactNo>
                    <Email>janesmith@example.com</Email>
                    <Address>
                          <City>Los Angeles</City>
                          <State>California</State>
                          <Zip>654321</Zip>
                    </Address>
                    <Fulltime>False</Fulltime>
                </Employee>
              </Company>
            """

        /// The upstream test `gateway.mjs` "Should support POST with XML" (and atom+xml, text/xml).
        @Test(arguments: ["application/xml", "application/atom+xml", "text/xml", "Application/XML; charset=utf-8"])
        func upstreamCompanyDocument(type: String) throws {
            let expected = #"{"Company":{"Employee":[{"FirstName":"John","LastName":"Doe","ContactNo":"1234567890","Email":"johndoe@example.com","Address":{"City":"San Francisco","State":"California","Zip":"123456"},"Fulltime":"True"},{"FirstName":"Jane","LastName":"Smith","ContactNo":"0987654321","Email":"janesmith@example.com","Address":{"City":"Los Angeles","State":"California","Zip":"654321"},"Fulltime":"False"}]}}"#
            #expect(try Self.json(Self.company, type: type) == expected)
        }

        /// The upstream test "Should support POST with XML (containing attributes)"; members come
        /// in fast-xml-parser v4's order: children, then `#text`, then attributes.
        @Test func upstreamYouTubeFeed() throws {
            let xml = """
                <feed xmlns:yt="http://www.youtube.com/xml/schemas/2015"
                          xmlns="http://www.w3.org/2005/Atom">
                      <link rel="hub" href="https://pubsubhubbub.appspot.com"/>
                      <link rel="self" href="https://www.youtube.com/xml/feeds/videos.xml?channel_id=CHANNEL_ID"/>
                      <title>YouTube video feed</title>
                      <updated>2015-04-01T19:05:24.552394234+00:00</updated>
                      <entry>
                        <id>yt:video:VIDEO_ID</id>
                        <yt:videoId>VIDEO_ID</yt:videoId>
                        <yt:channelId>CHANNEL_ID</yt:channelId>
                        <title>Video title</title>
                        <link rel="alternate" href="http://www.youtube.com/watch?v=VIDEO_ID"/>
                        <author>
                          <name>Channel title</name>
                          <uri>http://www.youtube.com/channel/CHANNEL_ID</uri>
                        </author>
                        <published>2015-03-06T21:40:57+00:00</published>
                        <updated>2015-03-09T19:05:24.552394234+00:00</updated>
                      </entry>
                    </feed>
                """
            let expected = #"{"feed":{"link":[{"@_rel":"hub","@_href":"https://pubsubhubbub.appspot.com"},{"@_rel":"self","@_href":"https://www.youtube.com/xml/feeds/videos.xml?channel_id=CHANNEL_ID"}],"title":"YouTube video feed","updated":"2015-04-01T19:05:24.552394234+00:00","entry":{"id":"yt:video:VIDEO_ID","yt:videoId":"VIDEO_ID","yt:channelId":"CHANNEL_ID","title":"Video title","link":{"@_rel":"alternate","@_href":"http://www.youtube.com/watch?v=VIDEO_ID"},"author":{"name":"Channel title","uri":"http://www.youtube.com/channel/CHANNEL_ID"},"published":"2015-03-06T21:40:57+00:00","updated":"2015-03-09T19:05:24.552394234+00:00"},"@_xmlns:yt":"http://www.youtube.com/xml/schemas/2015","@_xmlns":"http://www.w3.org/2005/Atom"}}"#
            #expect(try Self.json(xml) == expected)
        }

        @Test(arguments: [
            ("<a>true</a>", #"{"a":true}"#),
            ("<a> false </a>", #"{"a":false}"#),
            ("<a>True</a>", #"{"a":"True"}"#),
            ("<a>12</a>", #"{"a":"12"}"#),
            ("<a>0x10</a>", #"{"a":"0x10"}"#),
            ("<a/>", #"{"a":""}"#),
            ("<a></a>", #"{"a":""}"#),
            ("<a>   </a>", #"{"a":""}"#),
            ("<a>  x  y  </a>", #"{"a":"x  y"}"#),
            (#"<a x="1"/>"#, #"{"a":{"@_x":"1"}}"#),
            (#"<a z=" 2 " b="true">t</a>"#, ##"{"a":{"#text":"t","@_z":"2","@_b":"true"}}"##),
            (#"<a x="1"><b>2</b>tail</a>"#, ##"{"a":{"b":"2","#text":"tail","@_x":"1"}}"##),
            ("<a>x<b/>y</a>", ##"{"a":{"b":"","#text":"xy"}}"##),
            ("<a>x<!-- c -->y</a>", #"{"a":"xy"}"#),
            ("<a><b>1</b><c/><b>2</b><b>3</b></a>", #"{"a":{"b":["1","2","3"],"c":""}}"#),
            ("<a><![CDATA[<raw> & ]]></a>", #"{"a":"<raw> & "}"#),
            ("<a>&lt;&amp;&#65;&#x42;</a>", #"{"a":"<&AB"}"#),
            (#"<a q="&quot;&lt;"/>"#, #"{"a":{"@_q":"\"<"}}"#),
            (#"<ns:a xmlns:ns="urn:x" ns:attr="v"><ns:b>1</ns:b></ns:a>"#, #"{"ns:a":{"ns:b":"1","@_xmlns:ns":"urn:x","@_ns:attr":"v"}}"#),
            (#"<?xml version="1.0" encoding="UTF-8"?><a>1</a>"#, #"{"?xml":{"@_version":"1.0","@_encoding":"UTF-8"},"a":"1"}"#),
            (#"<a><?pi x="1"?></a>"#, #"{"a":{"?pi":{"@_x":"1"}}}"#),
            ("<a>é ✓</a>", #"{"a":"é ✓"}"#),
            ("<!DOCTYPE a><a>1</a>", #"{"a":"1"}"#),
            ("<a><b><c><d>deep</d></c></b></a>", #"{"a":{"b":{"c":{"d":"deep"}}}}"#),
            ("<a b='1' c=\"2\" a='3' d = '4'/>", #"{"a":{"@_b":"1","@_c":"2","@_a":"3","@_d":"4"}}"#),
        ])
        func mapsLikeFastXMLParser(xml: String, expected: String) throws {
            #expect(try Self.json(xml) == expected)
        }

        @Test(arguments: [
            Self.company.replacingOccurrences(of: "</Company>", with: "</Companyyy>"),
            "<a><b></a>", "garbage", "   ", "<a>", "<a><b>text", "<a></a><b></b>", "<a></a>junk",
            "<a x='1' x='2'/>", "<a>&undefined;</a>", "<a>\u{0}</a>", "<a", "</a>", "<a b=1/>", "<<>>",
            "<!DOCTYPE a [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><a>&e;</a>",
            "<!DOCTYPE a [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><a>&b;</a>",
        ])
        func invalidDocumentsAreErrors(xml: String) {
            let message = Self.error(xml)
            #expect(message?.hasPrefix("Invalid XML: ") == true, "\(xml.debugDescription) -> \(String(describing: message))")
        }

        @Test func errorMessagesCarryPosition() {
            #expect(Self.error("<a><b></a>") == "Invalid XML: Closing tag does not match opening tag:1:11")
            #expect(Self.error("   ") == "Invalid XML: Document is empty:1:1" || Self.error("   ")?.hasPrefix("Invalid XML: Document is empty") == true)
        }

        @Test func byteOrderMarkBeforeTheDeclaration() throws {
            #expect(try Self.json("\u{FEFF}<?xml version=\"1.0\"?><a>1</a>") == #"{"?xml":{"@_version":"1.0"},"a":"1"}"#)
        }

        @Test func externalDTDsAreNotLoaded() throws {
            #expect(try Self.json(#"<!DOCTYPE a SYSTEM "/etc/passwd"><a>1</a>"#) == #"{"a":"1"}"#)
        }

        @Test func parsesConcurrently() async throws {
            let results = await withTaskGroup(of: String?.self) { group in
                for index in 0..<16 {
                    group.addTask {
                        var last: String?
                        for _ in 0..<25 { last = try? Self.json("<r><i n=\"\(index)\">\(index)</i><i>x</i></r>") }
                        return last
                    }
                }
                var all: [String?] = []
                for await result in group { all.append(result) }
                return all
            }
            #expect(results.count == 16)
            #expect(results.allSatisfy { $0?.hasPrefix(#"{"r":{"i":[{"#) == true })
        }

        @Test func deepNestingIsRefused() {
            let xml = String(repeating: "<a>", count: 300) + String(repeating: "</a>", count: 300)
            #expect(Self.error(xml)?.hasPrefix("Invalid XML: ") == true)
            let fine = String(repeating: "<a>", count: 100) + "x" + String(repeating: "</a>", count: 100)
            #expect(Self.error(fine) == nil)
        }
    }
}
