import Foundation
import Hummingbird
import InstantAPICore

/// The measured endpoints, each parsing, validating and answering by hand.
enum BaselineRoutes {
    /// `GET /hello?name=…`: `{string{1..64}} name = 'world'` -> `"hello <name>"`.
    static func hello(_ request: Request, _ responses: BaselineResponses) -> Response {
        let query: JSONObject
        do { query = try QueryStringParser.parse(Substring(request.uri.query ?? "")) } catch {
            return responses.parameterError(error.message, request: request)
        }
        var name = "world"
        if let value = query["name"] {
            guard case .string(let text) = value, (1...64).contains(text.utf16.count) else {
                return responses.parameterError("Parameter Error: name", request: request)
            }
            name = text
        }
        return responses.json(.string("hello \(name)"), request: request)
    }

    /// `GET /bench/typed?name=…&age=…&tags=…`: string{1..64}, number{0,150}, string[] ->
    /// `{name, age, tags, tagCount}`.
    static func typed(_ request: Request, _ responses: BaselineResponses) -> Response {
        let query: JSONObject
        do { query = try QueryStringParser.parse(Substring(request.uri.query ?? "")) } catch {
            return responses.parameterError(error.message, request: request)
        }
        guard case .string(let name)? = query["name"], (1...64).contains(name.utf16.count) else {
            return responses.parameterError("Parameter Error: name", request: request)
        }
        guard case .string(let ageText)? = query["age"], let age = Double(ageText), (0...150).contains(age) else {
            return responses.parameterError("Parameter Error: age", request: request)
        }
        let tags: [JSONValue]
        switch query["tags"] {
        case .array(let items)?: tags = items
        case .string(let text)?:
            // A single value is read as JSON text, as the gateway converts query arrays.
            guard case .array(let items)? = try? JSONValue.parse(text) else {
                return responses.parameterError("Parameter Error: tags", request: request)
            }
            tags = items
        default: return responses.parameterError("Parameter Error: tags", request: request)
        }
        guard tags.allSatisfy({ $0.stringValue != nil }) else {
            return responses.parameterError("Parameter Error: tags", request: request)
        }
        let profile: JSONValue = [
            "name": .string(name), "age": .number(age), "tags": .array(tags), "tagCount": .number(Double(tags.count)),
        ]
        return responses.json(profile, request: request)
    }

    /// `POST /bench/order` with `{"order": {id, qty, items: [{sku, price}]}}` ->
    /// `{id, lines, total}`.
    static func order(_ request: Request, _ responses: BaselineResponses) async throws -> Response {
        let body = try await request.body.collect(upTo: 128 * 1024 * 1024)
        let document: JSONValue
        do { document = try JSONValue.parse(bytes: body.readableBytesView) } catch {
            return responses.parameterError(error.description, request: request)
        }
        guard case .object(let order)? = document["order"],
            case .string(let id)? = order["id"], (1...32).contains(id.utf16.count),
            case .number(let qty)? = order["qty"], qty.rounded() == qty, (1...1000).contains(qty),
            case .array(let items)? = order["items"]
        else { return responses.parameterError("Parameter Error: order", request: request) }
        var sum = 0.0
        for item in items {
            guard case .object(let line) = item, line["sku"]?.stringValue != nil,
                case .number(let price)? = line["price"], (0...1_000_000).contains(price)
            else { return responses.parameterError("Parameter Error: order.items", request: request) }
            sum += price
        }
        let placed: JSONValue = [
            "id": .string(id), "lines": .number(Double(items.count)), "total": .number(sum * qty),
        ]
        return responses.json(placed, request: request)
    }

    /// `GET /bench/events?_stream=1`: SSE with `@begin`, ten `tick` events and `@response`,
    /// one chunk per event, in the original's framing (upstream-gateway §10.2).
    static func events(_ request: Request, _ responses: BaselineResponses) -> Response {
        let uuid = BaselineExecutionID.make()
        let requested = request.headers[.accessControlRequestHeaders]
        let fields = responses.headers(
            uuid: uuid, requestedHeaders: requested, contentType: "text/event-stream; charset=utf-8")
        let body = ResponseBody { writer in
            var ids = SSEEventIDs(uuid: uuid)
            let begin = ISOTimestamp.now()
            try await writer.write(SSEFrame.event(id: ids.next(), name: "@begin", data: "\"\(begin.text)\""))
            for index in 0..<10 {
                let tick: JSONValue = ["index": .number(Double(index)), "label": .string("tick \(index)")]
                try await writer.write(SSEFrame.event(id: ids.next(), name: "tick", data: tick.jsonString()))
            }
            let final: JSONValue = [
                "statusCode": 200,
                "headers": [
                    "X-Execution-Uuid": .string(uuid), "X-Instant-Api": "true", "Access-Control-Allow-Origin": "*",
                    "Access-Control-Allow-Methods": "GET, POST, OPTIONS, HEAD, PUT, DELETE",
                    "Access-Control-Allow-Headers": .string(requested ?? ""),
                    "Access-Control-Expose-Headers": .string(BaselineResponses.exposeHeaders),
                    "Content-Type": "application/json",
                ],
                "body": "10",
            ]
            try await writer.write(SSEFrame.event(id: nil, name: "@response", data: final.jsonString()))
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: fields, body: body)
    }
}
