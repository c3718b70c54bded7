import HTTPTypes
import Hummingbird
import InstantAPICore

extension RequestPipeline {
    /// `_stream` / `_debug`: status 200 and the headers at once, then `@begin`, the closure's
    /// events in call order and `@response` with the outcome (upstream-gateway §10-§11), kept
    /// for reconnects (``resumeStream(after:endpoint:headers:request:)``).
    func eventStream(
        _ options: EventStreamOptions, endpoint: Endpoint, context: Invocation, headers: HeaderBag,
        requestedHeaders: String?
    ) -> OutgoingResponse {
        let settings = configuration.streaming
        let queue = EventQueue(
            capacity: settings.bufferSize, retainedBytes: settings.replayBufferSize, uuid: context.uuid,
            retry: settings.retryInterval)
        // Not in `headers`: `@response` carries the closure's headers, not the stream's.
        var streamHeaders = headers
        streamHeaders.set("cache-control", "no-cache")
        let registry = streams
        let stream = ResumableStream(
            uuid: context.uuid, endpointName: endpoint.definition.name, headers: streamHeaders,
            credentials: context.request.streamCredentials, queue: queue,
            onAbandon: { registry.forget($0.uuid) })
        registry.keep(stream)
        var streaming = context
        streaming.events = EventStreamSink(queue: queue, validator: endpoint.streamValidator, options: options)
        let context = streaming
        let compact = ResponseFactory.compact(for: configuration.environment)
        // Started now rather than when the head is written: an execution that never started
        // would keep its stream (and a reconnect) waiting; its events wait in the queue.
        stream.start {
            let begin = JSONValue.string(String(decoding: UTCTimestamp.iso8601(milliseconds: UTCTimestamp.currentMilliseconds()), as: UTF8.self))
            await queue.push(event: "@begin", data: begin.jsonBytes())
            let response = await self.run(endpoint, context: context, headers: headers, factory: compact)
            queue.finish(
                event: "@response",
                data: ResponseEventPayload.data(for: response, requestedHeaders: requestedHeaders))
            registry.finished(context.uuid)
        }
        return streamResponse(stream, consumer: 1, request: context.request)
    }

    /// A reconnect (`Last-Event-ID`, `<time><counter>Z/<execution uuid>`): the events of that
    /// execution after that id, following it live while it runs, without running the closure
    /// again. 204 (which makes `EventSource` stop) when the client has every event, and when
    /// the execution is not one this gateway still keeps for this endpoint and this caller's
    /// credentials: never a second run.
    func resumeStream(
        after lastEventID: String, endpoint: Endpoint, headers: HeaderBag, request: IncomingRequest
    ) -> OutgoingResponse {
        // An id is ~70 bytes (`<time><counter>Z/<uuid>`); a longer header is no id of ours.
        let uuid = lastEventID.utf8.count <= 256 ? lastEventID.lastIndex(of: "/").map { String(lastEventID[lastEventID.index(after: $0)...]) } : nil
        guard let uuid, let stream = streams.stream(uuid), stream.endpointName == endpoint.definition.name,
            stream.credentials == request.streamCredentials,
            case .resumed(let consumer) = stream.queue.attach(after: lastEventID)
        else {
            return OutgoingResponse(status: 204, headers: headers)
        }
        return streamResponse(stream, consumer: consumer, request: request)
    }

    /// 200 `text/event-stream` with the stream's headers, written by consumer `consumer`.
    private func streamResponse(
        _ stream: ResumableStream, consumer: Int, request: IncomingRequest
    ) -> OutgoingResponse {
        // A channel that is not active to begin with is a test's, not a connection.
        let channel = (request.requestContext as? GatewayRequestContext)?.channel ?? nil
        var connectionIsOpen: (@Sendable () -> Bool)?
        if let channel, channel.isActive { connectionIsOpen = { channel.isActive } }
        let body = EventStreamBody.make(
            stream: stream, consumer: consumer, keepAlive: configuration.streaming.keepAliveInterval,
            grace: configuration.streaming.reconnectGracePeriod, connectionIsOpen: connectionIsOpen)
        return OutgoingResponse(
            status: 200, headers: stream.headers, body: .streamed(body), defaultContentType: "text/event-stream; charset=utf-8")
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
