import HTTPTypes
import Hummingbird
import InstantAPICore

extension RequestPipeline {
    /// The largest result body kept in a status, in bytes (a bigger one is recorded as failed).
    static let maxStoredResultSize = 1024 * 1024

    /// `_background`: the execution handed to the queue (stored first, for a durable one),
    /// then 202 with the `@background` mode's body (upstream-gateway §12), sent chunked,
    /// without `Content-Length`, as the original does. 503 when the queue is full or cannot
    /// be reached: no 202 for an execution that was not kept.
    func startBackground(
        _ background: BackgroundMode, endpoint: Endpoint, context: Invocation, headers: HeaderBag
    ) async -> OutgoingResponse {
        let execution = BackgroundExecution(context, retry: configuration.background.retryPolicy(for: endpoint.definition.name))
        do {
            try await backgroundQueue.enqueue(execution, executor: BackgroundExecutor(pipeline: self))
        } catch let full as BackgroundQueueFull {
            return serviceUnavailable("\(full.description), try again later")
        } catch {
            logger.error("Could not queue a background execution: \(error)", metadata: ["execution-uuid": .string(context.uuid)])
            return serviceUnavailable("The background queue is unavailable, try again later")
        }
        let (bytes, contentType) = Self.backgroundBody(background, name: endpoint.definition.name, params: context.params)
        let body = ResponseBody { writer in
            if !bytes.isEmpty { try await writer.write(ByteBuffer(bytes: bytes)) }
            try await writer.finish(nil)
        }
        return OutgoingResponse(status: 202, headers: headers, body: .streamed(body), defaultContentType: contentType)
    }

    /// One attempt of a queued execution: the request's own invocation when it runs in the
    /// process that took it, else one rebuilt from the stored request (same route lookup and
    /// parameter validation as an HTTP request).
    func performBackground(_ execution: BackgroundExecution, attempt: Int) async -> ExecutionOutcome {
        let set = current
        guard case .found(let endpoint) = set.routes.lookup(execution.alias, method: execution.request.method.rawValue),
            endpoint.definition.name == execution.endpoint
        else {
            return .failed(GatewayError(.notFoundError, "\"\(ValueEcho.preview(execution.endpoint))\" Not Found").errorObject())
        }
        var invocation: Invocation
        if let original = execution.invocation {
            invocation = original
        } else {
            var logger = self.logger
            logger[metadataKey: "execution-uuid"] = .string(execution.uuid)
            guard let requestContext = makeBackgroundContext(BackgroundContextSource(logger: logger)) else {
                return .failed(GatewayError(.serverError, "The gateway's request context cannot be made for a stored execution").errorObject())
            }
            let request = IncomingRequest(
                head: execution.request, body: execution.body, peerAddress: execution.peerAddress, requestContext: requestContext)
            switch self.invocation(of: endpoint, request: request, alias: execution.alias, uuid: execution.uuid) {
            case .success(let made): invocation = made
            case .failure(let error): return .failed(error.errorObject())
            }
        }
        invocation.attempt = attempt
        var headers = HeaderBag()
        headers.set("x-execution-uuid", execution.uuid)
        let (response, failure) = await runReporting(endpoint, context: invocation, headers: headers, factory: ResponseFactory.compact(for: configuration.environment))
        if Task.isCancelled { return .interrupted }
        return await Self.outcome(of: response, failed: failure != nil)
    }

    /// What a status keeps of a response: JSON as it is, text as a string, other bytes as a
    /// buffer (`{"_base64": …}`).
    static func outcome(of response: OutgoingResponse, failed: Bool) async -> ExecutionOutcome {
        let bytes: [UInt8]
        switch response.body {
        case .bytes(let body):
            bytes = body
        case .streamed(let stream):
            do {
                bytes = try await ResponseBodyCollector.collect(stream, limit: maxStoredResultSize)
            } catch {
                return .failed(["type": "ValueError", "message": .string("The result could not be kept: \(error)")])
            }
        }
        guard bytes.count <= maxStoredResultSize else {
            return .failed(["type": "ValueError", "message": .string("The result is larger than \(maxStoredResultSize) bytes")])
        }
        let contentType = (response.headers["content-type"] ?? response.defaultContentType ?? "").lowercased()
        let value: JSONValue
        if contentType.contains("json"), let parsed = try? JSONValue.parse(bytes: bytes) {
            value = parsed
        } else if contentType.hasPrefix("text/") {
            value = .string(String(decoding: bytes, as: UTF8.self))
        } else {
            value = .buffer(bytes)
        }
        guard failed else { return .succeeded(value) }
        // The gateway's error body is `{"error": {…}}`: the status keeps what is inside.
        if case .object(let object) = value, object.count == 1, let inner = object["error"] { return .failed(inner) }
        return .failed(value)
    }

    /// `GET /.well-known/executions/{uuid}`: the status of an execution of this gateway's
    /// queue; 404 when the id is unknown, malformed or past the retention.
    func executionStatus(_ uuid: Substring, request: IncomingRequest) async -> OutgoingResponse {
        guard request.method == "GET" else {
            return factory.error(GatewayError(.serverError, "\".well-known/executions\": \(request.method) Not Implemented"))
        }
        var headers = HeaderBag()
        headers.set("cache-control", "no-store")
        let notFound = GatewayError(.notFoundError, "Execution \"\(ValueEcho.preview(String(uuid)))\" Not Found")
        guard ExecutionID.isWellFormed(uuid) else { return factory.error(notFound, headers: headers) }
        do {
            guard let status = try await backgroundQueue.status(of: String(uuid)) else {
                return factory.error(notFound, headers: headers)
            }
            return factory.json(status.json, headers: headers)
        } catch {
            logger.error("Could not read an execution's status: \(error)")
            return serviceUnavailable("The background queue is unavailable, try again later")
        }
    }
}
