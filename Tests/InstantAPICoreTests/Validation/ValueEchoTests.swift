import InstantAPICore
import Testing

@Suite("Bounded echo of rejected values")
struct ValueEchoTests {
    @Test func smallValuesAreShownWhole() {
        let value: JSONValue = ["a": [1, 2, "three"], "b": .null]
        #expect(ValueEcho.preview(value) == value)
        #expect(ValueEcho.preview(String(repeating: "x", count: ValueEcho.maxStringLength)).count == ValueEcho.maxStringLength)
    }

    @Test func longStringsAreCutWithTheirLength() {
        let text = String(repeating: "é", count: 1000)
        let shown = ValueEcho.preview(text)
        #expect(shown.hasPrefix(String(repeating: "é", count: ValueEcho.maxStringLength) + "…"))
        #expect(shown.hasSuffix("(2000 bytes in all)"))
    }

    @Test func bigArraysKeepTheirFirstItemsAndSayHowManyMore() {
        let value = JSONValue.array(Array(repeating: .null, count: 65_536))
        guard case .array(let items) = ValueEcho.preview(value) else {
            Issue.record("not an array")
            return
        }
        #expect(items.count == ValueEcho.maxValues)
        #expect(items.last == .string("… \(65_536 - ValueEcho.maxValues + 1) more items"))
    }

    @Test func nestedValuesShareOneBudget() {
        let row = JSONValue.array(Array(repeating: 1, count: 50))
        let value = JSONValue.array(Array(repeating: row, count: 50))
        #expect(ValueEcho.preview(value).jsonString().utf8.count < 1000)
    }

    @Test func bigObjectsAndBuffers() {
        var members = JSONObject()
        for index in 0..<1000 { members["k\(index)"] = .number(Double(index)) }
        guard case .object(let shown) = ValueEcho.preview(.object(members)) else {
            Issue.record("not an object")
            return
        }
        #expect(shown.count == ValueEcho.maxValues)
        #expect(shown["…"] != nil)
        #expect(ValueEcho.preview(.buffer(Array(repeating: 0, count: 10_000))) == .string("Buffer[10000]"))
    }
}
