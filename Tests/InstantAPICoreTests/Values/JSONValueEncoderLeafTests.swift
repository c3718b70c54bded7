import Foundation
import InstantAPICore
import Testing

/// Pins how `JSONValueEncoder` encodes leaves: dates, data, URLs, nested `JSONValue`s,
/// numbers of every width and arrays of primitives, wherever they arrive.
@Suite struct JSONValueEncoderLeafTests {
    typealias Key = JSONValueEncoderTests.Key
    typealias Custom = JSONValueEncoderTests.Custom
    typealias Point = JSONValueEncoderTests.Point

    private func encode(_ body: @escaping (any Encoder) throws -> Void) throws -> JSONValue {
        try JSONValueEncoder().encode(Custom(body: body))
    }

    @Test func datesDataURLsAndJSONValuesAreLeaves() throws {
        let date = Date(timeIntervalSince1970: 1.5)
        let url = try #require(URL(string: "https://example.com/a%20b?q=1"))
        let raw: JSONValue = ["b": .buffer([7]), "a": [1, "x"]]
        let value = try encode { encoder in
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(date, forKey: Key("date"))
            try container.encode(Data([1, 2]), forKey: Key("data"))
            try container.encode(url, forKey: Key("url"))
            try container.encode(raw, forKey: Key("raw"))
            try container.encode(Optional(date), forKey: Key("optionalDate"))
            try container.encodeIfPresent(Optional<Date>.none, forKey: Key("absent"))
            var list = container.nestedUnkeyedContainer(forKey: Key("list"))
            try list.encode(date)
            try list.encode(Data())
            try list.encode(url)
            try list.encode(raw)
            try list.encode(Optional<Date>.none)
        }
        let expected: JSONValue = [
            "date": "1970-01-01T00:00:01.500Z", "data": .buffer([1, 2]),
            "url": "https://example.com/a%20b?q=1", "raw": raw, "optionalDate": "1970-01-01T00:00:01.500Z",
            "list": ["1970-01-01T00:00:01.500Z", .buffer([]), "https://example.com/a%20b?q=1", raw, .null],
        ]
        #expect(value == expected)
    }

    @Test(arguments: [0, 1.5, -1.0005, 0.0009, 1_700_000_000.123, 1_700_000_000.9999, -12_219_292_800.5, 253_402_300_800])
    func datesMatchAFreshISOFormatterFromManyTasksAtOnce(seconds: Double) async throws {
        let date = Date(timeIntervalSince1970: seconds)
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        let expected = JSONValue.string(formatter.string(from: date))
        let encoded = try await withThrowingTaskGroup(of: JSONValue.self) { group in
            for _ in 0..<8 { group.addTask { try JSONValueEncoder().encode([date, date]) } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(encoded == Array(repeating: [expected, expected], count: 8))
    }

    @Test func leavesAtTheTopAndThroughSingleValueContainers() throws {
        let encoder = JSONValueEncoder()
        #expect(try encoder.encode(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00.000Z")
        #expect(try encoder.encode(Data([255])) == .buffer([255]))
        #expect(try encoder.encode(JSONValue.buffer([1])) == .buffer([1]))
        #expect(try encoder.encode(URL(string: "file:///tmp/x")) == "file:///tmp/x")
        #expect(try encoder.encode("text") == "text")
        #expect(try encoder.encode(42) == 42)
        #expect(try encoder.encode(UInt8(7)) == 7)
        #expect(try encoder.encode(Float(0.5)) == 0.5)
        #expect(try encoder.encode(false) == false)
        #expect(try encoder.encode(Optional<Int>.none) == .null)
        let wrapped = try encode { encoder in
            var single = encoder.singleValueContainer()
            try single.encode(Date(timeIntervalSince1970: 2))
        }
        #expect(wrapped == "1970-01-01T00:00:02.000Z")
        let nested = try encode { encoder in
            var single = encoder.singleValueContainer()
            try single.encode(Point(x: 1, y: 2))
        }
        #expect(nested.jsonString() == #"{"x":1,"y":2}"#)
    }

    @Test func numbersOfEveryWidthBecomeDoubles() throws {
        let value = try encode { encoder in
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(Int8(-8), forKey: Key("i8"))
            try container.encode(Int16(-16), forKey: Key("i16"))
            try container.encode(Int32(-32), forKey: Key("i32"))
            try container.encode(Int64(-64), forKey: Key("i64"))
            try container.encode(UInt(1), forKey: Key("u"))
            try container.encode(UInt8(8), forKey: Key("u8"))
            try container.encode(UInt16(16), forKey: Key("u16"))
            try container.encode(UInt32(32), forKey: Key("u32"))
            try container.encode(UInt64.max, forKey: Key("u64"))
            try container.encode(Float(1.25), forKey: Key("f"))
            var list = container.nestedUnkeyedContainer(forKey: Key("list"))
            try list.encode(Int8(1))
            try list.encode(Int16(2))
            try list.encode(Int32(3))
            try list.encode(Int64(4))
            try list.encode(UInt(5))
            try list.encode(UInt8(6))
            try list.encode(UInt16(7))
            try list.encode(UInt32(8))
            try list.encode(UInt64(9))
            try list.encode(Float(0.5))
            try list.encode(-0.0)
        }
        let expected: JSONValue = [
            "i8": -8, "i16": -16, "i32": -32, "i64": -64, "u": 1, "u8": 8, "u16": 16, "u32": 32,
            "u64": .number(Double(UInt64.max)), "f": 1.25, "list": [1, 2, 3, 4, 5, 6, 7, 8, 9, 0.5, .number(-0.0)],
        ]
        #expect(value == expected)
    }

    @Test func arraysOfLeavesThroughTheGenericPath() throws {
        #expect(try JSONValueEncoder().encode(["a", "b"]) == ["a", "b"])
        #expect(try JSONValueEncoder().encode([[1, 2], [], [3]]) == [[1, 2], [], [3]])
        let value = try encode { encoder in
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(["s"], forKey: Key("strings"))
            try container.encode([1.5], forKey: Key("doubles"))
            try container.encode([1, -2], forKey: Key("ints"))
            try container.encode([true, false], forKey: Key("bools"))
            try container.encode([UInt8(1)], forKey: Key("bytes"))
            try container.encode([Float(0.25)], forKey: Key("floats"))
            try container.encode([String](), forKey: Key("empty"))
            try container.encode(["k": [JSONValue.null]], forKey: Key("map"))
            try container.encode(Set([3]), forKey: Key("set"))
        }
        let expected: JSONValue = [
            "strings": ["s"], "doubles": [1.5], "ints": [1, -2], "bools": [true, false], "bytes": [1],
            "floats": [0.25], "empty": [], "map": ["k": [.null]], "set": [3],
        ]
        #expect(value == expected)
    }
}
