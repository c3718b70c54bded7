import Foundation
import InstantAPICore
import Testing

/// Pins how `JSONValueEncoder` builds values from hand-written `encode(to:)` implementations:
/// key order, repeated keys, special leaf types, nested and super encoders.
@Suite struct JSONValueEncoderTests {
    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ string: String) { stringValue = string }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { return nil }
    }

    /// Runs `body` as the value's `encode(to:)`.
    struct Custom: Encodable {
        let body: (any Encoder) throws -> Void
        func encode(to encoder: any Encoder) throws { try body(encoder) }
    }

    struct Point: Encodable { var x: Int; var y: Int }

    struct Silent: Encodable {
        func encode(to encoder: any Encoder) throws {}
    }

    struct Empty: Encodable {}

    private func encode(_ body: @escaping (any Encoder) throws -> Void) throws -> JSONValue {
        try JSONValueEncoder().encode(Custom(body: body))
    }

    @Test func keysKeepTheOrderTheyAreEncodedIn() throws {
        let value = try encode { encoder in
            var container = encoder.container(keyedBy: Key.self)
            try container.encode("z", forKey: Key("zeta"))
            try container.encode(1, forKey: Key("alpha"))
            try container.encode(true, forKey: Key("mid"))
        }
        #expect(value.jsonString() == #"{"zeta":"z","alpha":1,"mid":true}"#)
    }

    @Test func aRepeatedKeyKeepsItsFirstPositionAndTheLastValue() throws {
        let value = try encode { encoder in
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(1, forKey: Key("a"))
            try container.encode(2, forKey: Key("b"))
            try container.encode("three", forKey: Key("a"))
            try container.encode([1, 2], forKey: Key("b"))
            try container.encodeNil(forKey: Key("a"))
            try container.encode(Point(x: 1, y: 2), forKey: Key("c"))
            try container.encode(5, forKey: Key("c"))
        }
        #expect(value.jsonString() == #"{"a":null,"b":[1,2],"c":5}"#)
    }

    @Test func aRepeatedKeyMergesContainersIntoTheExistingOne() throws {
        let value = try encode { encoder in
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(Point(x: 1, y: 2), forKey: Key("point"))
            try container.encode(["x": 9, "z": 3], forKey: Key("point"))
            try container.encode(["a"], forKey: Key("list"))
            try container.encode(["b", "c"], forKey: Key("list"))
            try container.encode(Silent(), forKey: Key("list"))
            try container.encode(["m"], forKey: Key("mixed"))
            try container.encode(Point(x: 0, y: 0), forKey: Key("mixed"))
        }
        #expect(value.jsonString() == #"{"point":{"x":9,"y":2,"z":3},"list":["a","b","c"],"mixed":{"x":0,"y":0}}"#)
    }

    @Test func nestedContainersForARepeatedKeyShareOneStorage() throws {
        let value = try encode { encoder in
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(0, forKey: Key("first"))
            var nested = container.nestedContainer(keyedBy: Key.self, forKey: Key("n"))
            try nested.encode(1, forKey: Key("x"))
            var again = container.nestedContainer(keyedBy: Key.self, forKey: Key("n"))
            try again.encode(2, forKey: Key("y"))
            try nested.encode(3, forKey: Key("z"))
            var list = container.nestedUnkeyedContainer(forKey: Key("list"))
            try list.encode(1)
            var listAgain = container.nestedUnkeyedContainer(forKey: Key("list"))
            try listAgain.encode(2)
            #expect(listAgain.count == 2)
            try container.encode(Point(x: 4, y: 5), forKey: Key("n"))
            try container.encode(7, forKey: Key("first"))
        }
        #expect(value.jsonString() == #"{"first":7,"n":{"x":4,"y":5,"z":3},"list":[1,2]}"#)
    }

    @Test func aNestedContainerReplacesAPrimitiveAndExtendsAnEncodedObject() throws {
        let value = try encode { encoder in
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(1, forKey: Key("k"))
            try container.encode(Point(x: 1, y: 2), forKey: Key("p"))
            var nested = container.nestedContainer(keyedBy: Key.self, forKey: Key("k"))
            try nested.encode("v", forKey: Key("inner"))
            var point = container.nestedContainer(keyedBy: Key.self, forKey: Key("p"))
            try point.encode(3, forKey: Key("z"))
            var list = container.nestedUnkeyedContainer(forKey: Key("p"))
            try list.encode(true)
        }
        #expect(value.jsonString() == #"{"k":{"inner":"v"},"p":[true]}"#)
    }

    @Test func aContainerAskedForTwiceOnOneEncoderIsTheSameObject() throws {
        let value = try encode { encoder in
            var first = encoder.container(keyedBy: Key.self)
            try first.encode(1, forKey: Key("a"))
            var second = encoder.container(keyedBy: Key.self)
            try second.encode(2, forKey: Key("b"))
            try first.encode(3, forKey: Key("c"))
        }
        #expect(value.jsonString() == #"{"a":1,"b":2,"c":3}"#)
        let list = try encode { encoder in
            var first = encoder.unkeyedContainer()
            try first.encode(1)
            var second = encoder.unkeyedContainer()
            try second.encode(2)
            #expect(first.count == 2)
        }
        #expect(list.jsonString() == "[1,2]")
    }

    @Test func nilsAreNulls() throws {
        let value = try encode { encoder in
            var container = encoder.container(keyedBy: Key.self)
            try container.encodeNil(forKey: Key("a"))
            var list = container.nestedUnkeyedContainer(forKey: Key("list"))
            try list.encodeNil()
            try list.encode([String?.none, "x"])
            let inner = container.superEncoder(forKey: Key("single"))
            var single = inner.singleValueContainer()
            try single.encodeNil()
        }
        #expect(value.jsonString() == #"{"a":null,"list":[null,[null,"x"]],"single":null}"#)
    }

    @Test func aValueThatEncodesNothingIsNull() throws {
        #expect(try JSONValueEncoder().encode(Silent()) == .null)
        #expect(try JSONValueEncoder().encode(Empty()) == [:])
        #expect(try JSONValueEncoder().encode([Silent(), Silent()]) == [.null, .null])
        let value = try encode { encoder in
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(Silent(), forKey: Key("silent"))
            try container.encode(Empty(), forKey: Key("empty"))
            _ = container.superEncoder()
            _ = container.superEncoder(forKey: Key("unused"))
            var list = container.nestedUnkeyedContainer(forKey: Key("list"))
            _ = list.superEncoder()
            try list.encode(Silent())
            _ = list.nestedContainer(keyedBy: Key.self)
            _ = list.nestedUnkeyedContainer()
        }
        #expect(value.jsonString() == #"{"silent":null,"empty":{},"super":null,"unused":null,"list":[null,null,{},[]]}"#)
    }

    final class WeakEncoders: @unchecked Sendable {
        var encoders: [() -> AnyObject?] = []
        func keep(_ encoder: any Encoder) {
            let object = encoder as AnyObject
            encoders.append { [weak object] in object }
        }
    }

    struct Failure: Error {}

    @Test func encodersAreFreedWhenEncodingThrows() throws {
        let weak = WeakEncoders()
        let body: (any Encoder) throws -> Void = { encoder in
            weak.keep(encoder)
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(Custom { inner in
                weak.keep(inner)
                var list = inner.unkeyedContainer()
                weak.keep(list.superEncoder())
                var nested = list.nestedContainer(keyedBy: Key.self)
                try nested.encode(1, forKey: Key("x"))
            }, forKey: Key("a"))
            weak.keep(container.superEncoder())
            var single = container.superEncoder(forKey: Key("s")).singleValueContainer()
            try single.encode(Custom { _ in throw Failure() })
        }
        #expect(throws: Failure.self) { try encode(body) }
        #expect(throws: Failure.self) {
            try encode { encoder in
                var single = encoder.singleValueContainer()
                try single.encode(Custom(body: body))
            }
        }
        #expect(weak.encoders.count == 8)
        #expect(weak.encoders.allSatisfy { $0() == nil })
    }

    @Test func superEncodersWriteUnderSuperTheirKeyOrTheNextElement() throws {
        let value = try encode { encoder in
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(1, forKey: Key("own"))
            try Point(x: 1, y: 2).encode(to: container.superEncoder())
            try "keyed".encode(to: container.superEncoder(forKey: Key("named")))
            var list = container.nestedUnkeyedContainer(forKey: Key("list"))
            try list.encode(0)
            try Point(x: 3, y: 4).encode(to: list.superEncoder())
            try list.encode(5)
            var inner = list.nestedContainer(keyedBy: Key.self)
            try inner.encode(6, forKey: Key("six"))
            var deeper = list.nestedUnkeyedContainer()
            try deeper.encode(7)
            #expect(list.count == 5)
        }
        let expected = #"{"own":1,"super":{"x":1,"y":2},"named":"keyed","list":[0,{"x":3,"y":4},5,{"six":6},[7]]}"#
        #expect(value.jsonString() == expected)
    }
}
