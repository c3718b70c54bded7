@testable import InstantAPICore
import Testing

/// The worked example of upstream-parser-types §14.8, with the SPEC §1 fixes.
@Suite("OpenAPI and schema.json documents")
struct OpenAPIDocumentTests {
    static let items = """
        /**
         * Lists items
         * @param {string} query Search text
         * @param {integer{1,100}} limit How many to return
         * @param {?string} cursor Pagination cursor
         * @param {string} sort Sort order {?} ["asc", "desc"]
         * @returns {array} items
         * @ {object} item
         * @   {string} id
         * @   {?number} price
         */
        export async function GET (query, limit = 10, cursor = null, sort = "asc") { return []; }

        /**
         * Creates an item
         * @param {string} name Item name
         * @returns {object.http} response
         */
        export async function POST (name) { return {body: name}; }
        """

    static func definitions() throws -> [EndpointDefinition] {
        let notFound = try WellKnownSource.definitions("/**\n * NF\n * @returns {object.http} resp\n */\nmodule.exports = async () => ({body: ''});\n", route: ":notfound")
        let root = try WellKnownSource.definitions("/**\n * Root\n */\nmodule.exports = async (a = 1) => a;\n", route: "")
        let secret = try WellKnownSource.definitions("/**\n * S\n * @private\n */\nmodule.exports = async () => 1;\n", route: "secret")
        let nested = try WellKnownSource.definitions("/**\n * Sub\n * @returns {object.http} r\n */\nexport default async function () { return {body: ''}; }\n", route: "v1:notfound")
        return notFound + root + (try WellKnownSource.definitions(items, route: "v1/items")) + secret + nested
    }

    @Test func pathsNamesAndOperations() throws {
        let document = OpenAPIDocument.generate(try Self.definitions(), metadata: APIMetadata())
        guard case .object(let paths)? = document["paths"] else { Issue.record("no paths"); return }
        #expect(Array(paths.keys) == ["/*/", "/", "/v1/items/", "/v1*/"])
        #expect(paths["/*/"]?.objectValue.map { Array($0.keys) } == ["get", "post", "put", "delete"])
        #expect(paths["/*/"]?["post"]?.objectValue.map { Array($0.keys) } == ["summary", "description", "operationId", "requestBody", "responses"])
        #expect(paths["/*/"]?["post"]?["operationId"] == "service_localhost_notfound_post")
        #expect(paths["/"]?["get"]?["operationId"] == "service_localhost_get")
        #expect(
            paths["/"]?["post"]?["requestBody"]?.jsonString()
                == #"{"required":true,"content":{"application/json":{"schema":{"type":"object","properties":{"a":{"type":["number","null"],"default":1}}}}}}"#)
        #expect(paths["/"]?["get"]?["parameters"]?.jsonString() == #"[{"in":"query","name":"a","schema":{"type":"number","default":1}}]"#)
        // `any` may be a buffer, sent as its bytes.
        #expect(
            paths["/"]?["post"]?["responses"]?["200"]?.jsonString()
                == #"{"description":"Success","content":{"application/json":{"schema":{}},"application/octet-stream":{"schema":{"type":"string","format":"binary","contentMediaType":"application/octet-stream"}},"*/*":{"schema":{}}}}"#)
        #expect(paths["/v1*/"]?["get"]?["operationId"] == "service_localhost_v1_notfound_get")
        #expect(paths["/secret/"] == nil)
    }

    @Test func queryParametersRequiredOnlyWithoutDefault() throws {
        let document = OpenAPIDocument.generate(try Self.definitions(), metadata: APIMetadata())
        let get = try #require(document["paths"]?["/v1/items/"]?["get"])
        let expected = try WellKnownSource.json(
            """
            [{"in":"query","name":"query","schema":{"type":"string","description":"Search text"},"required":true,"description":"Search text"},
             {"in":"query","name":"limit","schema":{"type":"integer","minimum":1,"maximum":100,"description":"How many to return","default":10},"description":"How many to return"},
             {"in":"query","name":"cursor","schema":{"type":"string","description":"Pagination cursor"},"description":"Pagination cursor"},
             {"in":"query","name":"sort","schema":{"type":"string","enum":["asc","desc"],"description":"Sort order","default":"asc"},"description":"Sort order"}]
            """)
        #expect(get["parameters"] == expected)
        #expect(get["operationId"] == "service_localhost_v1_items_get")
        #expect(
            get["responses"]?["200"]?["content"]?["application/json"]?["schema"]?.jsonString()
                == #"{"type":"array","items":{"type":"object","properties":{"id":{"type":"string"},"price":{"type":["number","null"]}},"required":["id"]}}"#
        )
        let post = try #require(document["paths"]?["/v1/items/"]?["post"])
        #expect(post["responses"]?["default"]?["content"]?.objectValue.map { Array($0.keys) } == ["application/octet-stream", "*/*"])
        #expect(post["requestBody"]?["content"]?["application/json"]?["schema"]?["required"] == ["name"])
    }

    @Test func topLevelFromMetadata() throws {
        let metadata = APIMetadata(name: "Items", description: "Item store", version: "2.0", origin: "https://api.example.com")
        let document = OpenAPIDocument.generate([], metadata: metadata)
        #expect(document.objectValue.map { Array($0.keys) } == ["openapi", "info", "servers", "paths", "components"])
        #expect(document["info"]?.jsonString() == #"{"version":"2.0","title":"Items","description":"Item store"}"#)
        #expect(document["servers"]?.jsonString() == #"[{"url":"https://api.example.com","description":"Instant API Gateway"}]"#)
        // A server URL of its own for OpenAPI; the default version is a version number.
        let served = OpenAPIDocument.generate([], metadata: APIMetadata(serverURL: "http://127.0.0.1:8000"))
        #expect(served["servers"]?.arrayValue?.first?["url"] == "http://127.0.0.1:8000")
        #expect(served["info"]?["version"] == "1.0.0")
    }

    @Test func schemaJSONFunctions() throws {
        let document = FunctionSchemaDocument.generate(try Self.definitions(), metadata: APIMetadata())
        let functions = try #require(document["functions"]?.arrayValue)
        #expect(functions.map { $0["name"] } == ["-notfound", "_", "v1_items_get", "v1_items_post", "v1-notfound"])
        #expect(
            functions[0].jsonString()
                == #"{"name":"-notfound","description":"NF","route":"/*/","url":"localhost/*/","method":"POST","parameters":{"type":"object","properties":{}},"endpoint_name":":notfound"}"#
        )
        #expect(functions[2]["parameters"]?["required"] == ["query"])
        #expect(functions[2]["url"] == "localhost/v1/items/")
        #expect(functions[2]["endpoint_name"] == "v1/items#GET")
    }

    @Test func pluginDocumentsAsUpstream() {
        #expect(
            PluginDocuments.aiPlugin(APIMetadata()).jsonString()
                == #"{"schema_version":"v1","name_for_human":"(No name provided)","name_for_model":"No_name_provided","description_for_human":"(No description provided)","description_for_model":"(No description provided)","auth":{"type":"none"},"api":{"type":"openapi","url":"localhost/.well-known/openapi.yaml"},"logo_url":"localhost/logo.png","contact_email":"noreply@localhost","legal_info_url":"localhost/tos.txt"}"#
        )
        #expect(
            PluginDocuments.plugin(APIMetadata()).jsonString()
                == #"{"name":"(No name provided)","description":"(No description provided)","version":"development","image_url":null,"forModel":{"name":"(No name provided)","description":"(No description provided)"},"termsOfService":null,"contact":{}}"#
        )
        #expect(PluginDocuments.emailHost("http://localhost:8000") == "localhost")
        #expect(PluginDocuments.emailHost("https://x.com") == "https://x.com")
    }

    @Test func yamlReadsBackAsTheSameDocument() throws {
        let document = OpenAPIDocument.generate(try Self.definitions(), metadata: APIMetadata())
        let yaml = try YAMLDocument.render(document)
        #expect(yaml.hasPrefix("openapi: \"3.1.0\"\ninfo:\n  version: \"1.0.0\"\n"))
        #expect(yaml.hasSuffix("\n") && !yaml.hasSuffix("\n\n"))
        #expect(try YAMLDocument.parse(yaml) == document)
        let tricky: JSONValue = ["200": "yes", "true": ["null", 1.5, 2, nil, false, "line\nbreak", "#x: y"], "k": [:], "e": []]
        #expect(try YAMLDocument.parse(try YAMLDocument.render(tricky)) == tricky)
    }
}
