import Testing
@testable import InstantAPICore

extension ParametersTests {
    /// `merge` records the convertible keys as the leading keys of its result; what callers see
    /// through `convertible`, equality and hashing is the same as a stored set.
    @Suite struct RequestParametersTests {
        static let form = ParsedBody(parameters: ["b": "2", "c": "3"], convertible: true)
        static let json = ParsedBody(parameters: ["b": 2, "c": 3], convertible: false)

        @Test func convertibleKeysAfterMerge() throws {
            let cases: [(JSONObject, ParsedBody, Set<String>)] = [
                (["a": "1"], ParsedBody(), ["a"]), ([:], ParsedBody(), []), (["a": "1"], Self.json, ["a"]),
                (["a": "1"], Self.form, ["a", "b", "c"]), ([:], Self.form, ["b", "c"]), ([:], Self.json, []),
            ]
            for (query, body, expected) in cases {
                let merged = try RequestParameters.merge(query: query, body: body)
                #expect(merged.convertible == expected)
                for key in ["a", "b", "c", "d"] {
                    #expect(merged.isConvertible(key) == expected.contains(key))
                }
                let stored = RequestParameters(values: merged.values, convertible: expected)
                #expect(merged == stored)
                #expect(merged.hashValue == stored.hashValue)
            }
        }

        @Test func mutationsKeepTheMergedConvertibleKeys() throws {
            var merged = try RequestParameters.merge(query: ["a": "1"], body: Self.json)
            merged.values["z"] = "late"
            merged.values.removeValue(forKey: "a")
            #expect(merged.convertible == ["a"])
            #expect(!merged.isConvertible("z"))
            merged.convertible.insert("z")
            #expect(merged.convertible == ["a", "z"])
            #expect(merged.isConvertible("z"))
        }

        /// Many keys: past the ordered set's unhashed size.
        @Test func manyQueryKeys() throws {
            var query = JSONObject()
            for index in 0..<40 { query["k\(index)"] = .string("\(index)") }
            let merged = try RequestParameters.merge(query: query, body: ParsedBody(parameters: ["x": 1]))
            #expect(merged.convertible == Set(query.keys))
            #expect(merged.isConvertible("k39"))
            #expect(!merged.isConvertible("x"))
        }
    }
}
