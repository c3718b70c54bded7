import Foundation
import Testing
@testable import InstantAPICore

/// Every file of the original framework's parser case table (upstream-parser-types §15.2) gets
/// the original's verdict, and the listed message where one is recorded.
@Suite struct UpstreamCaseTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var file: String
        var valid: Bool
        var message: String
        var testDescription: String { file }
    }

    static let cases: [Case] = {
        guard let url = try? Fixtures.url("cases/EXPECTED.tsv"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { return [] }
        return text.split(separator: "\n").compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 2, !fields[0].hasPrefix("#") else { return nil }
            return Case(file: fields[0], valid: fields[1] == "valid", message: fields.count > 2 ? fields[2] : "")
        }
    }()

    static let loader = ManifestLoader(environment: ["CASE_ORIGIN": "hello.com"])

    @Test func theCaseTableIsComplete() {
        #expect(Self.cases.count == 127)
    }

    @Test(arguments: cases)
    func verdictMatchesTheOriginal(_ testCase: Case) throws {
        let url = try Fixtures.url("cases/\(testCase.file)")
        do {
            let definitions = try Self.loader.parseStandalone(url: url, pathname: testCase.file)
            #expect(testCase.valid, "parsed, but the original rejects it: \(testCase.message)")
            #expect(!definitions.isEmpty)
        } catch {
            #expect(!testCase.valid, "rejected, but the original accepts it: \(error.message)")
            if !testCase.message.isEmpty {
                #expect(error.message == testCase.message)
            }
        }
    }
}
