@testable import InstantAPICore
import Testing

/// "Did you mean …?" in manifest diagnostics.
@Suite("Suggestions for misspelled names")
struct SuggestionTests {
    @Test func closeNamesAreSuggestedAndFarOnesAreNot() {
        let types = ParameterType.allCases.map(\.rawValue)
        #expect(Suggestion.closest(to: "strng", among: types) == "string")
        #expect(Suggestion.closest(to: "Integr", among: types) == "integer")
        #expect(Suggestion.closest(to: "bool", among: types) == nil)  // 3 edits from "boolean"
        #expect(Suggestion.closest(to: "foo", among: types) == nil)
        #expect(Suggestion.closest(to: "", among: types) == nil)
        #expect(Suggestion.closest(to: String(repeating: "x", count: 65), among: types) == nil)
        let fields = CommentField.allCases.map(\.rawValue)
        #expect(Suggestion.closest(to: "parma", among: fields) == "param")
        #expect(Suggestion.closest(to: "return", among: fields) == "returns")
        #expect(Suggestion.closest(to: "params", among: fields) == "param")
    }

    @Test func editDistance() {
        let d = { (a: String, b: String) in Suggestion.editDistance(Array(a.unicodeScalars), Array(b.unicodeScalars)) }
        #expect(d("", "abc") == 3)
        #expect(d("abc", "") == 3)
        #expect(d("kitten", "sitting") == 3)
        #expect(d("ab", "ba") == 1)
        #expect(d("same", "same") == 0)
    }
}
