import Testing
@testable import InstantAPICore

@Suite struct CommentDirectiveTests {
    @Test func defaultsWhenTheCommentIsEmpty() throws {
        let definition = try CommentParser.parse("*", firstLine: 1, environment: [:])
        #expect(definition == CommentDefinition())
        #expect(definition.returns == Parameter(name: "", type: .any, description: ""))
    }

    @Test(arguments: [
        // Q2: an indented closing `*/` adds no trailing newline.
        ("*\n * Repeats a phrase\n ", "Repeats a phrase"),
        ("*\n * Repeats a phrase\n", "Repeats a phrase"),
        ("*\n * Repeats a phrase\n *\n ", "Repeats a phrase\n"),
        // Q3: one-line comments.
        ("* Some text ", "Some text"),
        ("*\r\n * CRLF lines\r\n * second\r\n ", "CRLF lines\nsecond"),
        ("*\n\n * After a blank first line\n ", "After a blank first line"),
        ("*\n * \n * Leading blank\n ", "\nLeading blank"),
        ("*\n  Star-less indented line\n  @param {string} a\n", "Star-less indented line\n@param {string} a"),
    ])
    func descriptions(comment: String, expected: String) throws {
        #expect(try CommentParser.parse(comment, firstLine: 1, environment: [:]).description == expected)
    }

    @Test func oneLineCommentsParseDirectives() throws {
        let definition = try CommentParser.parse("* @param {string} a ", firstLine: 4, environment: [:])
        #expect(definition.params == [p("a", .string)])
        #expect(definition.paramLines == [4])
        #expect(definition.description == "")
    }

    @Test func starlessDirectiveAtColumnZeroWorks() throws {
        let definition = try CommentParser.parse("*\n@param {string} a\n", firstLine: 1, environment: [:])
        #expect(definition.params == [p("a", .string)])
    }

    @Test(arguments: [
        ("localhost", ["https://localhost", "http://localhost"]),
        ("localhost:8000", ["https://localhost:8000", "http://localhost:8000"]),
        ("x.y.z.localhost:8000", ["https://x.y.z.localhost:8000", "http://x.y.z.localhost:8000"]),
        ("http://x.y.z.localhost:8000", ["http://x.y.z.localhost:8000"]),
        ("HTTPS://Autocode.com", ["HTTPS://Autocode.com"]),
        ("=process.env.CASE_ORIGIN", ["https://hello.com", "http://hello.com"]),
        ("=env.CASE_ORIGIN", ["https://hello.com", "http://hello.com"]),
        ("=process.env.FULL", ["http://full.example:1"]),
    ])
    func origins(value: String, expected: [String]) throws {
        let environment = ["CASE_ORIGIN": "hello.com", "FULL": "http://full.example:1"]
        #expect(try parseComment(["@origin \(value)"], environment: environment).origins == expected)
    }

    @Test func originsAccumulateAndContinue() throws {
        let definition = try parseComment(["@origin a.com", "@origin b.com"])
        #expect(definition.origins == ["https://a.com", "http://a.com", "https://b.com", "http://b.com"])
        #expect(try parseComment(["Text"]).origins == nil)
    }

    @Test(arguments: [
        ("@background", BackgroundMode(mode: .info, value: "")),
        ("@background params", BackgroundMode(mode: .params, value: "")),
        ("@background empty", BackgroundMode(mode: .empty, value: "")),
        ("@background  params", BackgroundMode(mode: .params, value: "")),
        ("@background params a b\nc", BackgroundMode(mode: .params, value: "a b c")),
    ])
    func background(line: String, expected: BackgroundMode) throws {
        let lines = line.split(separator: "\n").map(String.init)
        #expect(try parseComment(lines).background == expected)
    }

    @Test func laterBackgroundReplacesEarlier() throws {
        #expect(try parseComment(["@background empty", "@background params"]).background?.mode == .params)
    }

    @Test func privateKeysAclAndCharge() throws {
        let definition = try parseComment([
            "Desc", "@background", "@private yes", "@keys A B", "more keys", "@charge 50", "@acl *",
            "  user_username x deny", "@param {string} a",
        ])
        #expect(definition.isPrivate)
        #expect(definition.charge == 50)
        #expect(definition.params == [p("a", .string)])
        #expect(try parseComment(["@charge 0"]).charge == 0)
        #expect(try parseComment(["Text"]).charge == 0)
        #expect(try parseComment(["@acl"]) == CommentDefinition())
    }

    @Test func streamsAndReturns() throws {
        let definition = try parseComment([
            "@param {string} q", "@stream {string} hello Some description", "@stream {object} chunk",
            "@stream {string} chunk.text", "@returns {?string} maybestring not sure",
        ])
        #expect(definition.streams == [
            p("hello", .string, "Some description"), p("chunk", .object, schema: [p("text", .string)]),
        ])
        #expect(definition.returns == p("maybestring", .string, "not sure", defaultValue: .null))
        #expect(try parseComment(["@returns {buffer}"]).returns == p("", .buffer))
        #expect(try parseComment(["Text"]).streams == nil)
    }

    @Test func lineNumbersFollowTheFile() throws {
        let comment = "**\n\n * Desc\n * @param {string} a\n *   continued\n * @param {number} b\n */"
        let definition = try CommentParser.parse(comment, firstLine: 10, environment: [:])
        #expect(definition.paramLines == [13, 15])
        #expect(definition.params.first?.description == "continued")
    }

    @Test func continuationLinesJoinDescriptions() throws {
        let definition = try parseComment([
            "@param {string} a first line", "second line", "", "third", "@param {object} b parent",
            "@ {string} c member", "second",
        ])
        #expect(definition.params == [
            p("a", .string, "first line second line  third"),
            // Q6 kept: a line after a schema member continues the top-level description.
            p("b", .object, "parent second", schema: [p("c", .string, "member")]),
        ])
    }
}
