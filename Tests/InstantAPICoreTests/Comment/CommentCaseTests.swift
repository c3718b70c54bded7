import Testing
@testable import InstantAPICore

@Suite struct CommentCaseTests {
    /// Every case file whose verdict depends on its comment gets the same verdict (and message);
    /// every other case's comment parses.
    @Test(arguments: CommentCaseTable.cases)
    func caseFileVerdicts(_ testCase: CommentCase) {
        guard let comment = testCase.comment else { return }
        let environment = ["CASE_ORIGIN": "hello.com"]
        do {
            _ = try CommentParser.parse(comment, firstLine: testCase.firstLine, environment: environment)
            #expect(testCase.error == nil, "\(testCase.file) parsed")
        } catch {
            #expect(error.message == testCase.error, "\(testCase.file)")
            #expect(error.line != nil, "\(testCase.file) has no line")
        }
    }
}
