@testable import InstantAPICore
import Testing

/// SPEC §4: what lets generators and validators take the OpenAPI document whole (responses on
/// every operation, binary results, required bodies, query forms). Tests/Clients runs the tools.
@Suite("OpenAPI document for generators and validators")
struct OpenAPIToolingTests {
    static let source = """
        /**
         * Searches
         * @param {string[]} tags Labels
         * @param {?integer[]} ids Ids
         * @param {object} near Where
         * @param {number} near.lat Latitude
         * @param {number} near.lng Longitude
         * @param {object[]} rows Rows
         * @param {string} rows[].name Name
         * @param {?string} cursor Cursor
         * @returns {buffer} image A picture
         */
        export async function GET (tags, ids = null, near, rows = [], cursor = null) { return Buffer.from([]); }

        /**
         * Stores
         * @param {string} name Name
         * @param {object} meta Metadata
         * @param {integer} count Count
         * @returns {?buffer} data Maybe bytes
         */
        export async function POST (name, meta = {}, count = 1) { return null; }
        """

    static func document() throws -> JSONValue {
        let http = try WellKnownSource.definitions("/**\n * H\n * @returns {object.http} r\n */\nexport async function PUT () { return {body: ''}; }\n", route: "raw")
        return OpenAPIDocument.generate(try WellKnownSource.definitions(source, route: "search") + http, metadata: APIMetadata())
    }

    @Test func everyOperationDocumentsTheGatewayErrorsWithOneSchema() throws {
        let document = try Self.document()
        let get = try #require(document["paths"]?["/search/"]?["get"]?["responses"]?.objectValue)
        #expect(Array(get.keys) == ["200", "400", "403", "404", "413", "420", "4XX", "502", "503", "504"])
        #expect(get["420"]?.jsonString() == ##"{"$ref":"#/components/responses/RuntimeError"}"##)
        // An object.http endpoint builds any response: `default`, plus what the gateway itself sends.
        let put = try #require(document["paths"]?["/raw/"]?["put"]?["responses"]?.objectValue)
        #expect(Array(put.keys) == ["default", "400", "403", "413", "502", "503", "504"])
        let components = try #require(document["components"])
        for name in ["BadRequest", "Forbidden", "NotFound", "PayloadTooLarge", "RuntimeError", "EndpointError", "ValueError", "ServiceUnavailable", "TimeoutError"] {
            #expect(
                components["responses"]?[name]?["content"]?.jsonString()
                    == ##"{"application/json":{"schema":{"$ref":"#/components/schemas/Error"}}}"##, "\(name)")
        }
        #expect(components["responses"]?["ServiceUnavailable"]?["headers"]?["Retry-After"] != nil)
        #expect(components["schemas"]?["Error"]?["required"] == ["error"])
        #expect(components["schemas"]?["Error"]?["properties"]?["error"]?["required"] == ["type", "message"])
    }

    @Test func bufferResultsAreBinary() throws {
        let document = try Self.document()
        let image = try #require(document["paths"]?["/search/"]?["get"]?["responses"]?["200"])
        #expect(image["description"] == "A picture")
        #expect(
            image["content"]?.jsonString()
                == #"{"application/octet-stream":{"schema":{"type":"string","format":"binary","contentMediaType":"application/octet-stream"}},"*/*":{"schema":{}}}"#)
        // A nullable buffer may also be JSON `null`.
        let maybe = try #require(document["paths"]?["/search/"]?["post"]?["responses"]?["200"]?["content"]?.objectValue)
        #expect(Array(maybe.keys) == ["application/octet-stream", "*/*", "application/json"])
    }

    @Test func queryParametersInFormsGeneratorsKeep() throws {
        let document = try Self.document()
        let parameters = try #require(document["paths"]?["/search/"]?["get"]?["parameters"]?.arrayValue)
        // A required array needs an element: an empty one is written as no key at all.
        #expect(
            parameters[0].jsonString()
                == #"{"in":"query","name":"tags[]","style":"form","explode":true,"schema":{"type":"array","items":{"type":"string"},"description":"Labels","minItems":1},"required":true,"description":"Labels"}"#)
        #expect(
            parameters[1].jsonString()
                == #"{"in":"query","name":"ids[]","style":"form","explode":true,"schema":{"type":"array","items":{"type":"integer"},"description":"Ids"},"description":"Ids"}"#)
        #expect(parameters[2]["style"] == "deepObject")
        #expect(parameters[2]["schema"]?["required"] == ["lat", "lng"])
        // Arrays of objects have no form: JSON text.
        #expect(parameters[3]["content"]?["application/json"]?["schema"]?["type"] == "array")
        #expect(parameters[3]["schema"] == nil)
        #expect(parameters[4]["schema"]?.jsonString() == #"{"type":"string","description":"Cursor"}"#)
        #expect(OpenAPIDocument.queryForm(of: try #require(try WellKnownSource.definitions(Self.source, route: "search").first?.params.first)) == .formArray)
    }

    @Test func requestBodiesAreRequiredAndTakeNullForDefaults() throws {
        let document = try Self.document()
        let body = try #require(document["paths"]?["/search/"]?["post"]?["requestBody"])
        #expect(body["required"] == true)
        let properties = try #require(body["content"]?["application/json"]?["schema"]?["properties"])
        #expect(properties["name"]?.jsonString() == #"{"type":"string","description":"Name"}"#)
        #expect(properties["count"]?.jsonString() == #"{"type":["integer","null"],"description":"Count","default":1}"#)
        // An object default is left out (generators allow none but null for an object-or-null).
        #expect(properties["meta"]?.jsonString() == #"{"type":["object","null"],"properties":{},"description":"Metadata"}"#)
        // Without parameters too: the gateway needs a Content-Type on a POST or PUT.
        #expect(
            document["paths"]?["/raw/"]?["put"]?["requestBody"]?.jsonString()
                == #"{"required":true,"content":{"application/json":{"schema":{"type":"object","properties":{}}}}}"#)
    }
}
