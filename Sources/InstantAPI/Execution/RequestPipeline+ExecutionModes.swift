import HTTPTypes
import Hummingbird
import InstantAPICore

extension RequestPipeline {
    /// `_stream` / `_debug`: status 200 and the headers at once, then `@begin`, the closure's
    /// events in call order and `@response` with the outcome (upstream-gateway §10-§11).
    func eventStream(
        _ options: EventStreamOptions, endpoint: Endpoint, context: Invocation, headers: HeaderBag,
        requestedHeaders: String?
    ) -> OutgoingResponse {
        let queue = EventQueue(capacity: configuration.streaming.bufferSize, uuid: context.uuid)
        var streaming = context
        streaming.events = EventStreamSink(queue: queue, validator: endpoint.streamValidator, options: options)
        let context = streaming
        let compact = ResponseFactory.compact(for: configuration.environment)
        // A channel that is not active to begin with is a test's, not a connection.
        let channel = (context.request.requestContext as? GatewayRequestContext)?.channel
        var connectionIsOpen: (@Sendable () -> Bool)?
        if let channel, channel.isActive { connectionIsOpen = { channel.isActive } }
        let body = EventStreamBody.make(
            queue: queue, keepAlive: configuration.streaming.keepAliveInterval, connectionIsOpen: connectionIsOpen
        ) {
            let begin = JSONValue.string(String(decoding: UTCTimestamp.iso8601(milliseconds: UTCTimestamp.currentMilliseconds()), as: UTF8.self))
            await queue.push(event: "@begin", data: begin.jsonBytes())
            let response = await self.run(endpoint, context: context, headers: headers, factory: compact)
            queue.finish(
                event: "@response",
                data: ResponseEventPayload.data(for: response, requestedHeaders: requestedHeaders))
        }
        return OutgoingResponse(
            status: 200, headers: headers, body: .streamed(body),
            defaultContentType: "text/event-stream; charset=utf-8")
    }

    /// `_background`: 202 at once with the `@background` mode's body (upstream-gateway §12);
    /// the closure runs detached and tracked, its result discarded, its failures logged and
    /// reported to the error handler. The body is sent chunked, without `Content-Length`, as
    /// the original does.
    func startBackground(
        _ background: BackgroundMode, endpoint: Endpoint, context: Invocation, headers: HeaderBag
    ) -> OutgoingResponse {
        let started = backgroundTasks.start {
            _ = await self.run(endpoint, context: context, headers: headers, factory: self.factory)
        }
        guard started else {
            return serviceUnavailable(
                "Too many background executions running (at most \(backgroundTasks.limit)), try again later")
        }
        let (bytes, contentType) = Self.backgroundBody(background, name: endpoint.definition.name, params: context.params)
        let body = ResponseBody { writer in
            if !bytes.isEmpty { try await writer.write(ByteBuffer(bytes: bytes)) }
            try await writer.finish(nil)
        }
        return OutgoingResponse(status: 202, headers: headers, body: .streamed(body), defaultContentType: contentType)
    }

    /// `info`: `initiated "<name>" ...`; `empty`: nothing; `params`: the parameters as compact
    /// JSON, or only the listed ones that are present (`@background params a b`).
    static func backgroundBody(_ background: BackgroundMode, name: String, params: JSONObject) -> ([UInt8], String) {
        switch background.mode {
        case .info:
            return (Array("initiated \"\(name)\" ...".utf8), "text/plain")
        case .empty:
            return ([], "text/plain")
        case .params:
            let names = background.value.split(separator: " ").map(String.init)
            guard !names.isEmpty else { return (JSONValue.object(params).jsonBytes(), "application/json") }
            var selected = JSONObject()
            for name in names { if let value = params[name] { selected[name] = value } }
            return (JSONValue.object(selected).jsonBytes(), "application/json")
        }
    }
}
