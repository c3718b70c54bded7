import Foundation
import InstantAPI
import InstantAPITesting
import NIOCore
import Testing

/// The runtime support of generated code (Sources/InstantAPI/Typed): conversions from the
/// validated values, and the `@returns` check skipped only when the generator says the types
/// guarantee it. (The generated code itself is compiled by scripts/check-generated-api.sh and
/// serves the example, whose responses the client tests check.)
struct GeneratedRuntimeTests {
    @Test func scalarsConvertExactly() throws {
        #expect(try Int(manifestValue: 3) == 3)
        #expect(throws: ManifestValueError.self) { try Int(manifestValue: 3.5) }
        #expect(try Double(manifestValue: 3.5) == 3.5)
        #expect(try String?(manifestValue: .null) == nil)
        #expect(try [Int](manifestValue: [1, 2]) == [1, 2])
        #expect(try ByteBuffer(manifestValue: .buffer([1, 2])) == ByteBuffer(bytes: [1, 2]))
        #expect(ByteBuffer(bytes: [7]).manifestValue == .buffer([7]))
        #expect(Int(4).manifestValue == .number(4))
    }

    @Test func failuresNameWhereTheyHappened() {
        let params: JSONObject = ["order": ["items": [["qty": 1], ["qty": "x"]]]]
        do {
            let order: JSONObject = try ManifestMembers.parameter(params, 0, "order")
            let items: [JSONObject] = try ManifestMembers.member(order, "items")
            let _: [Int] = try items.map { object throws(ManifestValueError) in try ManifestMembers.member(object, "qty") }
            Issue.record("expected a failure")
        } catch {
            #expect(error.expected == "integer" && error.actual == "string" && error.path == ["qty"])
        }
        #expect(throws: ManifestValueError.self) { let _: String = try ManifestMembers.parameter([:], 0, "name") }
    }

    @Test func parametersAreFoundByPositionOrByName() throws {
        let params: JSONObject = ["a": 1, "b": "two"]
        let b: String = try ManifestMembers.parameter(params, 1, "b")
        let a: Int = try ManifestMembers.parameter(params, 5, "a")  // the wrong position falls back to the name
        #expect(a == 1 && b == "two")
    }

    @Test func keyQLValues() throws {
        #expect(try KeyQLLimit(manifestValue: ["count": 5]) == KeyQLLimit(offset: 0, count: 5))
        #expect(try KeyQLOrder(manifestValue: ["field": "name"]) == KeyQLOrder(field: "name", sort: .ascending))
        #expect(try KeyQLOrder(manifestValue: ["field": "name", "sort": "DESC"]).sort == .descending)
        #expect(try KeyQLQuery(manifestValue: [["a": 1], ["b": 2]]).filters == [["a": 1], ["b": 2]])
        #expect(KeyQLLimit(offset: 1, count: 2).manifestValue == ["offset": 1, "count": 2])
    }

    /// `typesGuaranteeReturns` skips `@returns`; without it the same value is a ValueError.
    @Test func returnCheckIsSkippedOnlyWhenGuaranteed() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("generated-runtime-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("functions"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let manifest = """
            /**
             * @param {integer{1,10}} n
             * @returns {integer{0,5}} small
             */
            export async function GET (n) {}
            """
        for name in ["checked", "unchecked"] {
            try manifest.write(to: root.appendingPathComponent("functions/\(name).mjs"), atomically: true, encoding: .utf8)
        }
        let gateway = Gateway(configuration: GatewayConfiguration(name: "typed", environment: .production))
        for (route, guaranteed) in [("checked", false), ("unchecked", true)] {
            gateway.registerGenerated(route, method: "GET") { context in
                let n: Int = try ManifestMembers.parameter(context.params, 0, "n")
                return .generated(n.manifestValue, typesGuaranteeReturns: guaranteed)
            }
        }
        let loaded = try gateway.load(root: root.path)
        try await loaded.withTestClient(.inProcess) { client in
            let checked = try await client.get("/checked?n=7")
            #expect(checked.status == .badGateway)
            #expect(try checked.json["error"]?["type"] == "ValueError")
            let unchecked = try await client.get("/unchecked?n=7")
            #expect(unchecked.status == .ok)
            #expect(try unchecked.text == "7")
            let refused = try await client.get("/unchecked?n=70")   // parameters are always validated
            #expect(refused.status == .badRequest)
        }
    }
}
