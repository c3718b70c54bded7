import InstantAPICore
import Testing

@Suite("JSON Schema of parameters")
struct JSONSchemaBuilderTests {
    private func schema(_ declaration: String, _ signature: String) throws -> String {
        try WellKnownSource.parameterSchema(declaration, signature: signature).jsonString()
    }

    @Test func requiredOnlyWithoutDefault() throws {
        let source = """
            /**
             * T
             * @param {string} a
             * @param {?string} b
             * @param {number} c
             * @returns {any}
             */
            export async function POST (a, b = null, c = 3) { return 1; }
            """
        let definition = try #require(try WellKnownSource.definitions(source, route: "t").first)
        #expect(
            JSONSchemaBuilder.schema(forParameters: definition.params).jsonString()
                == #"{"type":"object","properties":{"a":{"type":"string"},"b":{"type":["string","null"]},"c":{"type":"number","default":3}},"required":["a"]}"#
        )
    }

    @Test func enumsOfEveryKind() throws {
        #expect(try schema(#"{string} s {?} ["a", "b"]"#, "s") == #"{"type":"string","enum":["a","b"]}"#)
        #expect(try schema(#"{integer} i {?} [1, 2]"#, "i") == #"{"type":"integer","enum":[1,2]}"#)
        #expect(try schema("{enum} e\n *   [\"book\", 1]\n *   [\"toy\", 2]", "e = 'book'") == #"{"enum":["book","toy"],"default":"book"}"#)
        #expect(try schema("{?enum} e\n *   [\"book\", 1]", "e = null") == #"{"enum":["book",null]}"#)
    }

    @Test func sizesAndRanges() throws {
        #expect(try schema("{string{1..64}} s Name", "s") == #"{"type":"string","minLength":1,"maxLength":64,"description":"Name"}"#)
        #expect(try schema("{array{0..3}} a", "a") == #"{"type":"array","minItems":0,"maxItems":3}"#)
        #expect(try schema("{integer{0,100}} i", "i") == #"{"type":"integer","minimum":0,"maximum":100}"#)
        #expect(try schema("{number{-90,90}} n", "n") == #"{"type":"number","minimum":-90,"maximum":90}"#)
    }

    @Test func unionsAreAnyOf() throws {
        #expect(try schema("{string|integer} u", "u") == #"{"anyOf":[{"type":"string"},{"type":"integer"}]}"#)
        #expect(try schema("{?string|integer} u", "u = null") == #"{"anyOf":[{"type":"string"},{"type":"integer"},{"type":"null"}]}"#)
    }

    @Test func nestedAndAlternateSchemas() throws {
        #expect(
            try schema("{?object} o\n * @param {number} o.lat\n * @param {?string} o.name", "o = null")
                == #"{"type":["object","null"],"properties":{"lat":{"type":"number"},"name":{"type":["string","null"]}},"required":["lat"]}"#
        )
        #expect(
            try schema("{object[]} items\n * @param {string} items[].sku", "items")
                == #"{"type":"array","items":{"type":"object","properties":{"sku":{"type":"string"}},"required":["sku"]}}"#
        )
        let alternates = try schema("{object} o\n * @ {string} a\n * @ OR\n * @ {number} b", "o")
        #expect(
            alternates
                == #"{"type":"object","anyOf":[{"type":"object","properties":{"a":{"type":"string"}},"required":["a"]},{"type":"object","properties":{"b":{"type":"number"}},"required":["b"]}]}"#
        )
    }

    @Test func fixedShapes() throws {
        #expect(try schema("{buffer} b", "b") == #"{"type":"object","properties":{"_base64":{"type":"string","contentEncoding":"base64"}}}"#)
        #expect(try schema("{any} x", "x = null") == "{}")
        #expect(try schema("{object.keyql.limit} l", "l") == #"{"type":"object","properties":{"count":{"type":"integer","minimum":0},"offset":{"type":"integer","minimum":0}}}"#)
        #expect(try schema("{boolean} f", "f = false") == #"{"type":"boolean","default":false}"#)
    }
}
