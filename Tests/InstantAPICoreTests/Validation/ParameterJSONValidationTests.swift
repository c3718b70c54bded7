import Testing
@testable import InstantAPICore

@Suite struct ParameterJSONValidationTests {
    @Test func signatureOrderMatchesTheEsdocDump() {
        let beta = param(.object, "beta", schema: [
            param(.number, "num"),
            param(.object, "obj", schema: [
                param(.number, "num", range: (1, 100)), param(.number, "float", range: (1.1, 2.1)),
                param(.string, "str", size: (2, 7)),
            ]),
        ])
        #expect(beta.definitionJSON.jsonString()
            == #"{"name":"beta","type":"object","description":"","schema":[{"type":"number","name":"num","description":""},{"type":"object","name":"obj","description":"","schema":[{"type":"number","name":"num","description":"","range":{"min":1,"max":100}},{"type":"number","name":"float","description":"","range":{"min":1.1,"max":2.1}},{"type":"string","name":"str","description":"","size":{"min":2,"max":7}}]}]}"#)

        let gamma = param(.array, "gamma", size: (1, 3), schema: [param(.array, schema: [param(.number, range: (20, 30))])])
        #expect(gamma.definitionJSON.jsonString()
            == #"{"name":"gamma","type":"array","description":"","size":{"min":1,"max":3},"schema":[{"type":"array","name":"","description":"","schema":[{"type":"number","name":"","description":"","range":{"min":20,"max":30}}]}]}"#)

        let hg = param(.string, "hg", defaultValue: 5.2, options: ["hello", "goodbye"], alternates: [param(.number)])
        #expect(hg.definitionJSON.jsonString()
            == #"{"name":"hg","type":"string","defaultValue":5.2,"description":"","options":{"values":["hello","goodbye"]},"alternateTypes":[{"type":"number","name":"","description":""}]}"#)

        let a2 = param(.array, "a2", size: (2, 7), schema: [param(.array, size: (5, 5), schema: [param(.buffer)])])
        #expect(a2.definitionJSON.jsonString()
            == #"{"name":"a2","type":"array","description":"","size":{"min":2,"max":7},"schema":[{"type":"array","name":"","description":"","schema":[{"type":"buffer","name":"","description":""}],"size":{"min":5,"max":5}}]}"#)
    }

    @Test func commentOrderPutsDefaultFirstAndMembersAfterDescription() {
        let e = param(.enum, "e", nullable: true, members: [("a", 0)])
        #expect(e.definitionJSON(order: .comment).jsonString()
            == #"{"defaultValue":null,"type":"enum","name":"e","description":"","members":[["a",0]]}"#)
        let ranged = param(.integer, "i", range: (nil, 5))
        #expect(ranged.definitionJSON(order: .comment).jsonString() == #"{"type":"integer","name":"i","description":"","range":{"min":null,"max":5}}"#)
        let library = Parameter(
            name: "l", type: .string,
            options: .library(LibraryOptions(lib: "a.b", map: [("k", "v")], labels: "$", values: "$")))
        #expect(library.definitionJSON.jsonString()
            == #"{"name":"l","type":"string","description":"","options":{"lib":"a.b","map":{"k":"v"},"extract":{"labels":"$","values":"$"}}}"#)
    }
}
