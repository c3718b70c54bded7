import Foundation
import Testing
@testable import InstantAPICore

/// The original's comprehensive tree (upstream-parser-types §15.3) loads to the same definitions.
@Suite struct ComprehensiveTreeTests {
    static let manifests: ManifestSet? = {
        guard let folder = try? Fixtures.url("comprehensive") else { return nil }
        return ManifestLoader(environment: [:]).load(folder: folder, pathnamePrefix: "")
    }()

    func definition(_ name: String) throws -> EndpointDefinition {
        let manifests = try #require(Self.manifests)
        return try #require(manifests.definitions.first { $0.name == name }, "no definition \(name)")
    }

    @Test func loadsExactlyTheOriginalsDefinitions() throws {
        let manifests = try #require(Self.manifests)
        #expect(manifests.diagnostics == [])
        let expected: Set<String> = [
            "", "test", "returns", "default", "default_return", "multiline_description", "named_return",
            "noname_return", "nullable_return", "dir", "dir:notfound", "dir/test", "dir/sub", "dir/sub/test",
            "schema/basic", "schema/optional", "schema/nested", "schema/array", "enum", "enum_return", "enum_nested",
            "enum_nested_optional", "enum_schema", "options", "keyql_options", "alternate_schemas", "inline",
            "esm_default", "esm_named#GET", "esm_named#POST", "esm_named#PUT", "esm_named#DELETE", "esdoc_support",
        ]
        #expect(Set(manifests.definitions.map(\.name)) == expected)
        #expect(manifests.definitions.count == 33)
    }

    @Test(arguments: [
        ("", "__main__.js"), ("dir", "dir/index.js"), ("dir:notfound", "dir/404.js"), ("dir/sub", "dir/sub/__main__.js"),
        ("esm_named#GET", "esm_named.mjs"), ("esm_named#DELETE", "esm_named.mjs"),
    ])
    func pathnamesAreRelativeToTheRoot(name: String, pathname: String) throws {
        #expect(try definition(name).pathname == pathname)
    }

    @Test func multilineDescriptionKeepsItsLines() throws {
        #expect(
            try definition("multiline_description").description
                == "Test multi line descriptions\nThis is a second line\nThis is a third line\n\nThis is a fourth line\n")
    }

    @Test(arguments: [
        ("", false), ("returns", false), ("multiline_description", false), ("dir/sub", false), ("enum", false),
        ("options", false), ("test", true), ("default", true), ("dir/test", true), ("dir/sub/test", true),
        ("enum_return", true), ("inline", true),
    ])
    func contextIsDetected(name: String, takesContext: Bool) throws {
        #expect(try definition(name).takesContext == takesContext)
    }

    @Test func returnsAreParsed() throws {
        #expect(try definition("returns").returns == Parameter(name: "name", type: .number, description: "hello"))
        #expect(try definition("noname_return").returns == Parameter(name: "", type: .buffer, description: ""))
        #expect(
            try definition("nullable_return").returns
                == Parameter(name: "maybestring", type: .string, description: "not sure", defaultValue: .null))
        #expect(try definition("default_return").returns == Parameter(name: "", type: .any, description: ""))
    }

    @Test func undocumentedParametersTakeTheirTypesFromDefaults() throws {
        let params = try definition("dir/test").params
        #expect(params.map(\.type) == [.boolean, .string, .number, .any, .array, .object])
        #expect(params.map(\.defaultValue) == [true, "false", 1, .null, [], [:]])
        #expect(params.allSatisfy { $0.description.isEmpty })
    }

    @Test func esdocSupportMatchesTheOriginalsDump() throws {
        let url = try Fixtures.url("comprehensive-expected/esdoc_support.json")
        let expected = try JSONValue.parse(String(contentsOf: url, encoding: .utf8))
        let actual = try definition("esdoc_support").definitionJSON
        #expect(actual.sortedKeys == expected.sortedKeys)
    }

    @Test func ignoredFilesAreSkipped() throws {
        let folder = try Fixtures.url("ignore")
        var ignored = IgnoredFiles()
        ignored.patterns.append("ignoreme.js")
        let manifests = ManifestLoader(ignored: ignored, environment: [:]).load(folder: folder, pathnamePrefix: "")
        #expect(manifests.diagnostics == [])
        #expect(manifests.definitions.map(\.name) == [""])
    }
}

extension JSONValue {
    /// The same value with every object's keys sorted: for comparisons where order is not the point.
    var sortedKeys: JSONValue {
        switch self {
        case .array(let items): return .array(items.map(\.sortedKeys))
        case .object(let members):
            var sorted = JSONObject()
            for key in members.keys.sorted() { sorted[key] = members[key]?.sortedKeys }
            return .object(sorted)
        default: return self
        }
    }
}
