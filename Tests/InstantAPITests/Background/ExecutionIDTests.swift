import Foundation
import Testing

@testable import InstantAPI

/// Execution ids (`X-Execution-Uuid`): lowercase version 4 UUIDs, and the form check
/// `GET /.well-known/executions/{uuid}` applies before asking the queue.
@Suite("ExecutionID")
struct ExecutionIDTests {
    @Test func madeIDsAreWellFormedVersion4() {
        for _ in 0..<2000 {
            let id = ExecutionID.make()
            #expect(id.utf8.count == 36)
            #expect(ExecutionID.isWellFormed(id), "\(id)")
            let characters = Array(id)
            #expect(characters[14] == "4", "\(id)")
            #expect("89ab".contains(characters[19]), "\(id)")
            #expect(UUID(uuidString: id)?.uuidString.lowercased() == id)
        }
    }

    @Test func madeIDsAreDistinct() {
        let ids = Set((0..<5000).map { _ in ExecutionID.make() })
        #expect(ids.count == 5000)
    }

    @Test(arguments: [
        "00000000-0000-0000-0000-000000000000",
        "0f8e8b8e-9c2a-4c1e-8d3b-1a2b3c4d5e6f",
        "ffffffff-ffff-ffff-ffff-ffffffffffff",
        // The form only: the version and variant digits are not checked.
        "01234567-89ab-cdef-0123-456789abcdef",
    ])
    func wellFormed(_ text: String) {
        #expect(ExecutionID.isWellFormed(text))
    }

    @Test(arguments: [
        "",
        "0f8e8b8e-9c2a-4c1e-8d3b-1a2b3c4d5e6",  // 35
        "0f8e8b8e-9c2a-4c1e-8d3b-1a2b3c4d5e6f0",  // 37
        "0F8E8B8E-9C2A-4C1E-8D3B-1A2B3C4D5E6F",  // uppercase
        "0f8e8b8e-9c2a-4c1e-8d3b-1a2b3c4d5e6F",
        "0f8e8b8e-9c2a-4c1e-8d3b-1a2b3c4d5e6g",  // not hex
        "0f8e8b8e09c2a-4c1e-8d3b-1a2b3c4d5e6f",  // dash replaced
        "0f8e8b8e-9c2a-4c1e-8d3b_1a2b3c4d5e6f",
        "0f8e8b8-e9c2a-4c1e-8d3b-1a2b3c4d5e6f",  // dash moved
        "0f8e8b8e9c2a4c1e8d3b1a2b3c4d5e6f",  // no dashes
        "{0f8e8b8e-9c2a-4c1e-8d3b-1a2b3c4d5e}",
        "0f8e8b8e-9c2a-4c1e-8d3b-1a2b3c4d5e6 ",
        "0f8e8b8e-9c2a-4c1e-8d3b-1a2b3c4d5e/f",
        "../../../../../../../../../etc/passw",  // 36 bytes
        "------------------------------------",
        "0f8e8b8e-9c2a-4c1e-8d3b-1a2b3c4d5eé",  // 36 bytes, a non-ASCII letter
    ])
    func malformed(_ text: String) {
        #expect(!ExecutionID.isWellFormed(text), "\(text)")
    }

    @Test func substringsAreChecked() {
        let path = "executions/0f8e8b8e-9c2a-4c1e-8d3b-1a2b3c4d5e6f/"
        let id = path.dropFirst("executions/".count).dropLast()
        #expect(ExecutionID.isWellFormed(id))
        #expect(!ExecutionID.isWellFormed(path.dropFirst("executions/".count)))
    }
}
