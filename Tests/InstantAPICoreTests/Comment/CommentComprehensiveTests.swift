import Testing
@testable import InstantAPICore

@Suite struct CommentComprehensiveTests {
    @Test func esdocSupportProducesTheUpstreamParams() throws {
        let comment = block([
            "My function", "@param {string} alpha", "@param {object} beta", "@param {number} beta.num",
            "@param {object} beta.obj", "@param {number{1,100}} beta.obj.num", "@param {number{1.1,2.1}} beta.obj.float",
            "@param {string{2..7}} beta.obj.str", "@param {array<array<number{20,30}>>{1..3}} gamma",
            "@param {boolean|string} boolstring", "@param {array{5}|\"jazzhands\"|5.9|boolean} mystery",
            "@param {number|\"hello\"|\"goodbye\"} hg", "@param {string[]} a1", "@param {buffer[5][2..7]} a2",
            "@returns {object} response", "@returns {number} response.a", "@returns {object} response.b",
            "@returns {string} response.b.c",
        ])
        let definition = try CommentParser.parse(comment, firstLine: 1, environment: [:])
        #expect(definition.description == "My function")
        let expected: [Parameter] = [
            p("alpha", .string),
            p("beta", .object, schema: [
                p("num", .number),
                p("obj", .object, schema: [
                    p("num", .number, range: NumericRange(min: 1, max: 100)),
                    p("float", .number, range: NumericRange(min: 1.1, max: 2.1)),
                    p("str", .string, size: SizeBounds(min: 2, max: 7)),
                ]),
            ]),
            p("gamma", .array, size: SizeBounds(min: 1, max: 3), schema: [
                p("", .array, schema: [p("", .number, range: NumericRange(min: 20, max: 30))]),
            ]),
            p("boolstring", .boolean, alternateTypes: [p("", .string)]),
            p("mystery", .any, options: .values(["jazzhands", 5.9]), alternateTypes: [
                p("", .array, size: SizeBounds(min: 5, max: 5)), p("", .boolean),
            ]),
            p("hg", .string, options: .values(["hello", "goodbye"]), alternateTypes: [p("", .number)]),
            p("a1", .array, schema: [p("", .string)]),
            p("a2", .array, size: SizeBounds(min: 2, max: 7), schema: [
                p("", .array, size: SizeBounds(min: 5, max: 5), schema: [p("", .buffer)]),
            ]),
        ]
        #expect(definition.params.count == expected.count)
        for (actual, wanted) in zip(definition.params, expected) {
            #expect(actual == wanted, "\(wanted.name)")
        }
        #expect(definition.paramLines == [3, 4, 10, 11, 12, 13, 14, 15])
        #expect(definition.returns == p("response", .object, schema: [
            p("a", .number), p("b", .object, schema: [p("c", .string)]),
        ]))
    }

    @Test func alternateSchemasNestAtEveryDepth() throws {
        let schemaLines = [
            "@ {string} name", "@ {integer} size", "@ OR", "@ {string} name", "@ {array} files",
            "@ {object} options", "@   {string} type", "@   OR", "@   {number} type",
        ]
        let definition = try parseComment(
            ["Provides alternateSchemas", "@param {object} fileOrFolder"] + schemaLines
                + ["@returns {object} fileOrFolder"] + schemaLines)
        let expected = p("fileOrFolder", .object, schema: [p("name", .string), p("size", .integer)],
            alternateSchemas: [[
                p("name", .string), p("files", .array),
                p("options", .object, schema: [p("type", .string)], alternateSchemas: [[p("type", .number)]]),
            ]])
        #expect(definition.params == [expected])
        #expect(definition.returns == expected)
    }

    @Test func libraryOptionsAndMetafield() throws {
        let definition = try parseComment([
            "Populate options properly",
            "@param {string} database A database {!} databaseId {?} db.schema.databases.list $[].name $[].id",
            "@param {string} table A table {?} db.schema.databases.retrieve(databaseId=database) $[].name",
            "@returns {boolean} bool a Boolean?",
        ])
        #expect(definition.params == [
            p("database", .string, "A database",
              options: .library(LibraryOptions(lib: "db.schema.databases.list", map: nil, labels: "$[].name", values: "$[].id")),
              defaultMetafield: "databaseId"),
            p("table", .string, "A table",
              options: .library(LibraryOptions(
                lib: "db.schema.databases.retrieve", map: [("databaseId", "database")], labels: "$[].name", values: "$[].name"))),
        ])
        #expect(definition.returns == p("bool", .boolean, "a Boolean?"))
    }

    @Test func multilineDescriptionKeepsBlankLines() throws {
        let definition = try parseComment([
            "Test multi line descriptions", "This is a second line", "This is a third line", "",
            "This is a fourth line", "", "@param {number} alpha a number", "@returns {any}",
        ])
        #expect(definition.description
            == "Test multi line descriptions\nThis is a second line\nThis is a third line\n\nThis is a fourth line\n")
        #expect(definition.params == [p("alpha", .number, "a number")])
        #expect(definition.returns == p("", .any))
    }

    @Test func enumsAtTopLevelInSchemasAndAsReturns() throws {
        let definition = try parseComment([
            "@param {?enum} day The day", "  [\"sunday\", 0]", "  [\"monday\", \"1\"]", "",
            "@param {object} layout", "@ {enum} major Major dimension", "    [\"ROWS\", \"ROWS\"]",
            "    [\"COLUMNS\", \"COLUMNS\"]", "@ {string} name",
            "@returns {enum} either a or b", "  [\"a\", 0]", "  [\"b\", 1]",
        ])
        #expect(definition.params == [
            p("day", .enum, "The day", defaultValue: .null,
              members: [EnumMember(key: "sunday", value: 0), EnumMember(key: "monday", value: "1")]),
            p("layout", .object, schema: [
                p("major", .enum, "Major dimension",
                  members: [EnumMember(key: "ROWS", value: "ROWS"), EnumMember(key: "COLUMNS", value: "COLUMNS")]),
                p("name", .string),
            ]),
        ])
        #expect(definition.returns == p("either", .enum, "a or b",
            members: [EnumMember(key: "a", value: 0), EnumMember(key: "b", value: 1)]))
    }
}
