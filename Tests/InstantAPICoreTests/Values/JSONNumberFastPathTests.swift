import Testing
@testable import InstantAPICore

/// The fast paths of number output (`plainText`) and input (`exactDouble`) against the general ones.
@Suite struct JSONNumberFastPathTests {
    /// Both sides of each notation switch: Swift's (1e-4, 2^53) and JavaScript's (1e-6, 1e21).
    @Test(arguments: [
        (1e-6, "0.000001"), (1e-7, "1e-7"), (0.000123, "0.000123"), (1.5e15, "1500000000000000"),
        (9007199254740992.0, "9007199254740992"), (1e20, "100000000000000000000"), (1e21, "1e+21"), (-0.5, "-0.5"),
        (0.1 + 0.2, "0.30000000000000004"), (4.9406564584124654e-324, "5e-324"),
        (Double.greatestFiniteMagnitude, "1.7976931348623157e+308"), (0.0001, "0.0001"), (9.999999999999999e-5, "0.00009999999999999999"),
        (1.234e-6, "0.000001234"), (-1.5e-5, "-0.000015"), (4503599627370495.5, "4503599627370495.5"),
        (2251799813685247.75, "2251799813685247.8"), (1e15 + 0.5, "1000000000000000.5"), (391.47, "391.47"),
        (-123456789012.345, "-123456789012.345"), (1.5, "1.5"), (-0.0, "0"), (Double.infinity, "null"),
    ])
    func formatsBoundaries(value: Double, expected: String) {
        #expect(JSONNumberFormat.string(value) == expected)
        #expect(String(decoding: JSONValue.number(value).jsonBytes(), as: UTF8.self) == expected)
        #expect(JSONValue.number(value).jsonString() == expected)
    }

    /// Swift writes plain notation only inside JavaScript's plain range, with the same text.
    @Test func plainTextAgreesWithTheGeneralLayout() {
        var random = SplitMix64(seed: 0x5EED_0F_4E3B)
        var checked = 0
        for _ in 0..<20_000 {
            // Random bit patterns cover every magnitude; scaled decimals cover typical prices.
            let bits = Double(bitPattern: random.next())
            let decimal = Double(Int64.random(in: -10_000_000...10_000_000, using: &random)) / 100
            let small = Double.random(in: 1e-8...1e-3, using: &random)
            for value in [bits, decimal, small, -small] where value.isFinite {
                if let plain = JSONNumberFormat.plainText(value) {
                    #expect(plain == JSONNumberFormat.layoutString(value), "\(value)")
                    checked += 1
                }
                #expect(String(decoding: JSONValue.number(value).jsonBytes(), as: UTF8.self) == JSONNumberFormat.string(value))
            }
        }
        #expect(checked > 20_000)
    }

    /// Numbers the exact fast path reads (and some it leaves to `Double(text)`) give the same double.
    @Test func parsedNumbersMatchStrtod() throws {
        var texts = [
            "0", "-0", "-0.0", "0.1", "0.30000000000000004", "9.99", "120", "4.35", "1e22", "1e23", "1E-22", "1e-23",
            "9007199254740992", "9007199254740993", "18014398509481985", "12345678901234567890", "1234567890123456789",
            "0.000123", "123.456e-5", "5e-324", "1.7976931348623157e308", "1e400", "-1e400", "0e99999999999",
            "1e-400", "0.0000000000000000000000000001", "99999999999999999999e-20", "3.141592653589793238462643",
        ]
        var random = SplitMix64(seed: 42)
        for _ in 0..<20_000 {
            let significand = random.next() >> (random.next() % 64)
            let scale = Int.random(in: -30...30, using: &random)
            let sign = Bool.random(using: &random) ? "-" : ""
            texts.append("\(sign)\(significand)e\(scale)")
            let digits = String(significand)
            let point = Int.random(in: 0...digits.count, using: &random)
            let integer = point == 0 ? "0" : String(digits.prefix(point))
            let fraction = String(digits.dropFirst(point))
            texts.append(sign + integer + (fraction.isEmpty ? "" : "." + fraction))
        }
        for text in texts {
            let parsed = try JSONValue.parse(text)
            guard let expected = Double(text) else {
                Issue.record("not a double: \(text)")
                continue
            }
            #expect(parsed.numberValue?.bitPattern == expected.bitPattern, "\(text)")
        }
    }
}
