import Testing
@testable import InstantAPICore

@Suite struct KeyQLValidationTests {
    static let queryCases: [(JSONValue, String?)] = [
        (["name": "x"], nil),
        (["name__icontains": "x", "age__gte": 3, "a__b__is_null": true], nil),
        ([["name": "x"], ["age__lt": 3]], nil),
        (["name__nope": "x"], #"Invalid KeyQL Operator: "nope""#),
        (["a___b": 1], #"Invalid KeyQL Operator: "_b""#),
        ("x", "KeyQL Query Object must be a valid object"),
        (.null, "KeyQL Query Object must be a valid object"),
        ([1], "KeyQL Query Object must be a valid object"),
    ]

    @Test(arguments: queryCases)
    func queries(value: JSONValue, message: String?) {
        #expect(KeyQL.queryError(value, fields: nil, fieldOrder: nil) == message)
    }

    @Test func queryFieldsAreLimitedByOptions() {
        let fields: [JSONValue] = ["name", "age"]
        #expect(KeyQL.queryError(["name__is": "x", "age": 1], fields: ["name", "age"], fieldOrder: fields) == nil)
        #expect(KeyQL.queryError(["other__is": 1], fields: ["name", "age"], fieldOrder: fields)
            == #"Invalid KeyQL Query object field: "other", valid fields are "name", "age""#)
        #expect(accepts(param(.keyqlQuery, options: fields), ["name__startswith": "a"]))
        #expect(!accepts(param(.keyqlQuery, options: fields), ["email": "a"]))
    }

    static let limitCases: [(JSONValue, String?)] = [
        ([:], nil),
        (["count": 5, "offset": 0], nil),
        (["count": 1, "x": 1], #"KeyQL Limit object must only contain "offset" and "count" properties"#),
        (["count": -1], #"KeyQL Limit "offset" and "count" must be integers and greater than or equal to 0"#),
        (["offset": 1.5], #"KeyQL Limit "offset" and "count" must be integers and greater than or equal to 0"#),
        (["count": "5"], #"KeyQL Limit "offset" and "count" must be integers and greater than or equal to 0"#),
        ([], "KeyQL Limit object must be a valid object"),
    ]

    @Test(arguments: limitCases)
    func limits(value: JSONValue, message: String?) {
        #expect(KeyQL.limitError(value) == message)
    }

    static let orderCases: [(JSONValue, String?)] = [
        (["field": "a"], nil),
        (["field": "a", "sort": "DESC"], nil),
        (["sort": "ASC"], #"KeyQL Order object must have a "field" property"#),
        (["field": 1], #"KeyQL Order "field" property must be a string"#),
        (["field": "a", "sort": "desc"], #"KeyQL Order "sort" property must be "ASC" or "DESC""#),
        (["field": "a", "x": 1], #"KeyQL Order object must only contain "field" and "sort" properties"#),
        ([["field": "a"]], "KeyQL Order object must be a valid object"),
    ]

    @Test(arguments: orderCases)
    func orders(value: JSONValue, message: String?) {
        #expect(KeyQL.orderError(value, fields: nil, fieldOrder: nil) == message)
    }

    @Test func orderFieldsAreLimitedByOptions() {
        #expect(accepts(param(.keyqlOrder, options: ["a"]), ["field": "a"]))
        #expect(!accepts(param(.keyqlOrder, options: ["a"]), ["field": "b"]))
    }
}
