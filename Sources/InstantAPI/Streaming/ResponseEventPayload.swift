import InstantAPICore

/// The `@response` event that ends a stream: `{statusCode, headers, body}` (upstream-gateway
/// §10.3). Headers are the final response headers with their wire casing, without
/// `Content-Length` and `Content-Encoding`; the gateway's `X-Debug` is the JSON `true`. The
/// body is a string: JSON as it is (never pretty-printed), any other body as the string
/// `{"_base64":"…"}`. Errors during a stream arrive only here, with their status.
enum ResponseEventPayload {
    static func data(for response: OutgoingResponse, requestedHeaders: String?) -> [UInt8] {
        var final = response
        final.finalize(requestedHeaders: requestedHeaders)
        var headers = JSONObject()
        for (name, value) in final.headers.fields where name != "content-length" && name != "content-encoding" {
            headers[HeaderBag.wireName(name)] = name == "x-debug" && value == "true" ? .bool(true) : .string(value)
        }
        let bytes = final.bytes ?? []
        let body: String
        if final.headers["content-type"] == "application/json" {
            body = String(decoding: bytes, as: UTF8.self)
        } else {
            body = JSONValue.base64Object(bytes).jsonString()
        }
        let payload: JSONValue = [
            "statusCode": .number(Double(final.status)), "headers": .object(headers), "body": .string(body),
        ]
        return payload.jsonBytes()
    }
}

extension ResponseFactory {
    /// The factory for `@response` bodies: JSON never pretty-printed, stacks as the
    /// environment says.
    static func compact(for environment: GatewayConfiguration.Environment) -> ResponseFactory {
        ResponseFactory(environment: environment.isProduction ? .production : GatewayConfiguration.Environment("staging"))
    }
}
