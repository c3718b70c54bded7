import Foundation
import InstantAPICore
import Testing

/// Pins `JSONValueEncoder` on a realistic model (structs in arrays in structs, optionals,
/// raw-value enums, dictionaries, class inheritance) and the coding paths it reports.
@Suite struct JSONValueEncoderModelTests {
    enum Status: String, Encodable { case open, shipped }
    enum Priority: Int, Encodable { case low = 1, high = 3 }

    struct Line: Encodable {
        var sku: String
        var quantity: Int
        var price: Double
        var note: String?
        var priority: Priority?
    }

    struct Address: Encodable {
        var street: String
        var lines: [String]
    }

    struct Order: Encodable {
        var id: String
        var status: Status
        var lines: [Line]
        var shipping: Address?
        var billing: Address?
        var counts: [String: Int]
        var byNumber: [Int: String]
        var matrix: [[Double]]
        var flags: [Bool]
        var placedAt: Date
        var owner: Customer
        var history: [[Line]]
    }

    class Person: Encodable {
        var name: String
        init(name: String) { self.name = name }
        enum CodingKeys: String, CodingKey { case name }
    }

    final class Customer: Person, @unchecked Sendable {
        var level: Int
        var inline: Bool
        init(name: String, level: Int, inline: Bool) {
            self.level = level
            self.inline = inline
            super.init(name: name)
        }
        enum ExtraKeys: String, CodingKey { case level }
        override func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: ExtraKeys.self)
            try container.encode(level, forKey: .level)
            if inline {
                try super.encode(to: encoder)
            } else {
                try super.encode(to: container.superEncoder())
            }
        }
    }

    @Test func encodesANestedModelInDeclarationOrder() throws {
        let counts = ["apples": 2, "pears": 0, "plums": 7]
        let order = Order(
            id: "o-1", status: .shipped,
            lines: [
                Line(sku: "a", quantity: 2, price: 1.25, note: nil, priority: .high),
                Line(sku: "b", quantity: 1, price: 10, note: "gift", priority: nil),
            ],
            shipping: Address(street: "Main 1", lines: ["c/o X", "floor 2"]), billing: nil,
            counts: counts, byNumber: [7: "seven"], matrix: [[1, 2.5], []], flags: [true],
            placedAt: Date(timeIntervalSince1970: 86400.25), owner: Customer(name: "Ann", level: 2, inline: false),
            history: [[], [Line(sku: "c", quantity: 0, price: 0, note: "", priority: .low)]])
        let value = try JSONValueEncoder().encode(order)
        let countMembers = JSONObject(uniqueKeysWithValues: counts.map { ($0.key, JSONValue.number(Double($0.value))) })
        let expected: JSONValue = [
            "id": "o-1", "status": "shipped",
            "lines": [
                ["sku": "a", "quantity": 2, "price": 1.25, "priority": 3],
                ["sku": "b", "quantity": 1, "price": 10, "note": "gift"],
            ],
            "shipping": ["street": "Main 1", "lines": ["c/o X", "floor 2"]],
            "counts": .object(countMembers), "byNumber": ["7": "seven"], "matrix": [[1, 2.5], []], "flags": [true],
            "placedAt": "1970-01-02T00:00:00.250Z", "owner": ["level": 2, "super": ["name": "Ann"]],
            "history": [[], [["sku": "c", "quantity": 0, "price": 0, "note": "", "priority": 1]]],
        ]
        #expect(value == expected)
    }

    @Test func aClassEncodingItsSuperclassIntoTheSameEncoderMergesTheMembers() throws {
        let value = try JSONValueEncoder().encode([Customer(name: "Bo", level: 1, inline: true)])
        #expect(value.jsonString() == #"[{"level":1,"name":"Bo"}]"#)
    }

    @Test func dictionariesWithOtherKeysAreAlternatingArrays() throws {
        let value = try JSONValueEncoder().encode([Status.open: 1])
        #expect(value == ["open", 1])
    }

    /// Records the coding path each encoder and container reports.
    final class PathLog: @unchecked Sendable {
        var entries: [String] = []
        func record(_ label: String, _ path: [any CodingKey]) {
            entries.append(label + "=" + path.map { $0.intValue.map { "#\($0)" } ?? $0.stringValue }.joined(separator: "/"))
        }
    }

    struct Probe: Encodable {
        let log: PathLog
        let label: String
        func encode(to encoder: any Encoder) throws {
            log.record(label, encoder.codingPath)
            var single = encoder.singleValueContainer()
            log.record(label + ".single", single.codingPath)
            try single.encode(label)
        }
    }

    typealias Key = JSONValueEncoderTests.Key

    struct Tree: Encodable {
        let log: PathLog
        func encode(to encoder: any Encoder) throws {
            log.record("root", encoder.codingPath)
            var container = encoder.container(keyedBy: Key.self)
            log.record("root.keyed", container.codingPath)
            try container.encode(Probe(log: log, label: "leaf"), forKey: Key("a"))
            try container.encode([Probe(log: log, label: "e0"), Probe(log: log, label: "e1")], forKey: Key("list"))
            var nested = container.nestedContainer(keyedBy: Key.self, forKey: Key("n"))
            log.record("n.keyed", nested.codingPath)
            try nested.encode(Probe(log: log, label: "n.leaf"), forKey: Key("b"))
            var unkeyed = nested.nestedUnkeyedContainer(forKey: Key("u"))
            log.record("u.unkeyed", unkeyed.codingPath)
            try unkeyed.encode(1)
            try unkeyed.encode(Probe(log: log, label: "u1"))
            var deep = unkeyed.nestedContainer(keyedBy: Key.self)
            log.record("u2.keyed", deep.codingPath)
            try deep.encode(Probe(log: log, label: "u2.leaf"), forKey: Key("c"))
            let deeper = unkeyed.nestedUnkeyedContainer()
            log.record("u3.unkeyed", deeper.codingPath)
            try Probe(log: log, label: "u4.super").encode(to: unkeyed.superEncoder())
            try Probe(log: log, label: "super").encode(to: container.superEncoder())
            try Probe(log: log, label: "named").encode(to: container.superEncoder(forKey: Key("s")))
            var single = container.superEncoder(forKey: Key("single")).singleValueContainer()
            try single.encode(Probe(log: log, label: "single.value"))
        }
    }

    @Test func codingPathsNameEveryKeyAndIndexOnTheWay() throws {
        let log = PathLog()
        _ = try JSONValueEncoder().encode(Tree(log: log))
        #expect(log.entries == [
            "root=", "root.keyed=", "leaf=a", "leaf.single=a", "e0=list/#0", "e0.single=list/#0", "e1=list/#1",
            "e1.single=list/#1", "n.keyed=n", "n.leaf=n/b", "n.leaf.single=n/b", "u.unkeyed=n/u", "u1=n/u/#1",
            "u1.single=n/u/#1", "u2.keyed=n/u/#2", "u2.leaf=n/u/#2/c", "u2.leaf.single=n/u/#2/c", "u3.unkeyed=n/u/#3",
            "u4.super=n/u/#4", "u4.super.single=n/u/#4", "super=", "super.single=", "named=s", "named.single=s",
            "single.value=single", "single.value.single=single",
        ])
    }
}
