import Testing
@testable import InstantAPICore

@Suite struct CommentTypeTests {
    static let typeForms: [(String, Parameter)] = [
        ("{Boolean} a alpha", p("a", .boolean, "alpha")),
        ("{String} a", p("a", .string)),
        ("{Object.KeyQL.Query} q", p("q", .keyqlQuery)),
        ("{object.http} r", p("r", .objectHTTP)),
        ("{float} f", p("f", .float)),
        ("{integer} i", p("i", .integer)),
        ("{buffer} b", p("b", .buffer)),
        ("{any} x", p("x", .any)),
        ("{object.keyql.limit} l", p("l", .keyqlLimit)),
        ("{object.keyql.order} o", p("o", .keyqlOrder)),
        ("{?string} name", p("name", .string, defaultValue: .null)),
        ("{string} [name] optional", p("name", .string, "optional", defaultValue: .null)),
        ("{?string} [name]", p("name", .string, defaultValue: .null)),
        // Q24: extra spaces before the description are not kept.
        ("{string}   a   b  c", p("a", .string, "b  c")),
        ("{string}\ta tab", p("a", .string, "tab")),
        // Unions and JSON literal members.
        ("{\"a\"|\"b\"} x", p("x", .string, options: .values(["a", "b"]))),
        ("{number|\"hello\"|\"goodbye\"} x",
         p("x", .string, options: .values(["hello", "goodbye"]), alternateTypes: [p("", .number)])),
        ("{1|2|integer} x", p("x", .number, options: .values([1, 2]), alternateTypes: [p("", .integer)])),
        ("{\"a\"|string} x", p("x", .any, options: .values(["a"]), alternateTypes: [p("", .string)])),
        ("{boolean|string|\"x\"} x",
         p("x", .any, options: .values(["x"]), alternateTypes: [p("", .boolean), p("", .string)])),
        ("{string|null} x", p("x", .any, options: .values([.null]), alternateTypes: [p("", .string)])),
        ("{any|\"x\"} x", p("x", .string, options: .values(["x"]), alternateTypes: [p("", .any)])),
        ("{5} x", p("x", .number, options: .values([5]))),
        ("{true|false} x", p("x", .any, options: .values([true, false]))),
        ("{[1,2]|\"a\"} x", p("x", .any, options: .values([[1, 2], "a"]))),
        ("{?string|number} x", p("x", .string, defaultValue: .null, alternateTypes: [p("", .number)])),
        ("{string|?number} x", p("x", .string, alternateTypes: [p("", .number, defaultValue: .null)])),
        ("{\"A\"|\"b\"} x", p("x", .string, options: .values(["A", "b"]))),
        // Arrays: `T[]` sugar (last bracket outermost) and subtypes.
        ("{string[]} a", p("a", .array, schema: [p("", .string)])),
        ("{number[][]} a", p("a", .array, schema: [p("", .array, schema: [p("", .number)])])),
        ("{number[2..]} a", p("a", .array, size: SizeBounds(min: 2, max: nil), schema: [p("", .number)])),
        ("{number[..]} a", p("a", .array, schema: [p("", .number)])),
        ("{buffer[5][2..7]} a", p("a", .array, size: SizeBounds(min: 2, max: 7), schema: [
            p("", .array, size: SizeBounds(min: 5, max: 5), schema: [p("", .buffer)]),
        ])),
        ("{array<string|number>} a", p("a", .array, schema: [p("", .string, alternateTypes: [p("", .number)])])),
        ("{Array<String>} a", p("a", .array, schema: [p("", .string)])),
        ("{array<\"A\"|\"b\">} a", p("a", .array, schema: [p("", .string, options: .values(["a", "b"]))])),
        ("{array<integer{1,5}>{..3}} a",
         p("a", .array, size: SizeBounds(min: nil, max: 3), schema: [p("", .integer, range: NumericRange(min: 1, max: 5))])),
        ("{string|number[]} a", p("a", .string, alternateTypes: [p("", .array, schema: [p("", .number)])])),
        // Sizes and ranges, Q1: a bound of 0 is a bound.
        ("{string{10..}} s", p("s", .string, size: SizeBounds(min: 10, max: nil))),
        ("{string{..10}} s", p("s", .string, size: SizeBounds(min: nil, max: 10))),
        ("{string{4}} s", p("s", .string, size: SizeBounds(min: 4, max: 4))),
        ("{string{0..0}} s", p("s", .string, size: SizeBounds(min: 0, max: 0))),
        ("{string{}} s", p("s", .string)),
        ("{string{..}} s", p("s", .string)),
        ("{integer{1,}} i", p("i", .integer, range: NumericRange(min: 1, max: nil))),
        ("{integer{,1}} i", p("i", .integer, range: NumericRange(min: nil, max: 1))),
        ("{integer{0,5}} i", p("i", .integer, range: NumericRange(min: 0, max: 5))),
        ("{integer{0,}} i", p("i", .integer, range: NumericRange(min: 0, max: nil))),
        ("{integer{,}} i", p("i", .integer)),
        ("{number{-1.5e2,+2.}} n", p("n", .number, range: NumericRange(min: -150, max: 2))),
        ("{number{1.e1,1e400}} n", p("n", .number, range: NumericRange(min: 10, max: .infinity))),
        ("{?integer{1,5}} i", p("i", .integer, defaultValue: .null, range: NumericRange(min: 1, max: 5))),
        ("{number} n {:} [1, 2.5]", p("n", .number, range: NumericRange(min: 1, max: 2.5))),
        ("{number} n {:} [null, 2]", p("n", .number, range: NumericRange(min: nil, max: 2))),
        ("{number} n {:} [null, null]", p("n", .number)),
        ("{integer{1,2}} n {:} [5, 9]", p("n", .integer, range: NumericRange(min: 1, max: 2))),
        ("{object.keyql.limit} limit {:} [2, 20]", p("limit", .keyqlLimit, range: NumericRange(min: 2, max: 20))),
        // Options and the default metafield.
        ("{string} keys {?} [\"a\",\"b\",\"c\"]", p("keys", .string, options: .values(["a", "b", "c"]))),
        ("{integer} n {?} [1, 2.0]", p("n", .integer, options: .values([1, 2]))),
        ("{any} n {?} [null, {}]", p("n", .any, options: .values([.null, [:]]))),
        ("{object.keyql.query} q {?} [\"name\", \"age\"]", p("q", .keyqlQuery, options: .values(["name", "age"]))),
    ]

    @Test(arguments: typeForms)
    func typeForm(line: String, expected: Parameter) throws {
        #expect(try param(line) == expected)
    }

    @Test(arguments: [
        ("{string} db {!} db.databaseId", "db.databaseId"),
        ("{string} db {!} databaseId {?} a.b", "databaseId"),
        ("{string} db {!} ab.", "ab."),
        ("{string} db {!} Ab_9.cd", "Ab_9.cd"),
    ])
    func defaultMetafield(line: String, expected: String) throws {
        #expect(try param(line).defaultMetafield == expected)
    }

    @Test(arguments: [
        ("lib.call", LibraryOptions(lib: "lib.call", map: nil, labels: "$", values: "$")),
        ("lib.call $.a", LibraryOptions(lib: "lib.call", map: nil, labels: "$.a", values: "$.a")),
        ("lib.call() l v", LibraryOptions(lib: "lib.call", map: nil, labels: "l", values: "v")),
        ("lib.call(a=b,c=d_1,a=z)", LibraryOptions(lib: "lib.call", map: [("a", "z"), ("c", "d_1")], labels: "$", values: "$")),
        ("(lib.call)", LibraryOptions(lib: "(lib.call)", map: nil, labels: "$", values: "$")),
        ("lib.call  v", LibraryOptions(lib: "lib.call", map: nil, labels: "$", values: "v")),
    ])
    func libraryOptions(text: String, expected: LibraryOptions) throws {
        #expect(try param("{string} s {?} \(text)").options == .library(expected))
    }

    @Test func enumIgnoresSizeRangeAndAlternates() throws {
        #expect(try param("{enum{5}} e desc", ["[\"a\", 1]"]) == p("e", .enum, "desc", members: [EnumMember(key: "a", value: 1)]))
        #expect(try param("{enum|string} e", []) == p("e", .enum, members: []))
        // The name comes from the first raw line, markers included.
        #expect(try param("{enum} e desc {?} x", []).description == "desc {?} x")
    }

    @Test func enumMemberQuirks() throws {
        // A two-character JSON string has length 2: key "a", value "b".
        #expect(try param("{enum} e", ["\"ab\""]).members == [EnumMember(key: "a", value: "b")])
        // An empty key is falsy upstream, so its duplicate is never reported.
        #expect(try param("{enum} e", ["[\"\", 1]", "[\"\", 2]"]).members?.count == 2)
        #expect(try param("{enum} e", ["[\"a\", [1, {\"b\": null}]]"]).members
            == [EnumMember(key: "a", value: [1, ["b": .null]])])
    }

    @Test(arguments: ["$good_param", "good_param_", "__good_param", "$pécial_character$$", "_bg", "ünïcödé", "a\u{0301}b",
                      "await", "yield", "undefined", "_background_"])
    func acceptedNames(name: String) throws {
        #expect(try param("{any} \(name)").name == name)
    }
}
