import InstantAPICore

/// Turns what a closure did into the response (upstream-gateway §7, §8.3).
struct ResultMapper {
    let factory: ResponseFactory

    /// The response, and the error when the execution failed (the error handler hears of it
    /// when its kind `reachesErrorHandler`), with what the closure threw.
    func response(
        for outcome: TimedExecution.Outcome, endpoint: Endpoint, headers: HeaderBag, timeout: Duration
    ) -> (OutgoingResponse, GatewayError?, (any Error)?) {
        switch outcome {
        case .timedOut:
            let ms = Self.milliseconds(timeout)
            let error = GatewayError(.timeoutError, "Timeout Error (\(ms)ms): Timeout of \(ms)ms exceeded.")
            return (factory.error(error, headers: headers), error, nil)
        case .threw(let thrown):
            let error = ThrownErrorMapper.map(thrown)
            return (factory.error(error, headers: headers), error, thrown)
        case .returned(let result):
            switch map(result, endpoint: endpoint, headers: headers) {
            case .success(let response): return (response, nil, nil)
            case .failure(let failure):
                return (factory.error(failure.error, headers: failure.headers), failure.error, failure.underlying)
            }
        }
    }

    private func map(_ result: EndpointResponse, endpoint: Endpoint, headers: HeaderBag)
        -> Result<OutgoingResponse, ResponseFailure>
    {
        if case .failure(let encodingError) = result.content {
            return .failure(ResponseFailure(error: ThrownErrorMapper.map(encodingError), headers: headers, underlying: encodingError))
        }
        // The headers of `with(status:headers:)` go into the bag as the original's callback
        // headers do, before anything the value itself sets.
        var headers = headers
        for (name, value) in result.headers { headers.set(name, value) }
        let status = result.status?.code ?? 200
        guard let raw = result.checkedValue else { return .success(factory.json(.null, status: status, headers: headers)) }
        var isHTTP = endpoint.returnsHTTP
        if case .http = result.content { isHTTP = true }
        var value = raw
        // `@returns`, then the HTTP response value shape when the closure chose `.http` itself.
        if !result.skipsReturnCheck, let failure = validate(&value, with: endpoint.returnValidator, headers: headers) {
            return .failure(failure)
        }
        if isHTTP, !endpoint.returnsHTTP,
            let failure = validate(&value, with: endpoint.httpValidator, headers: headers)
        {
            return .failure(failure)
        }
        if isHTTP {
            return HTTPResponseValue.build(value, gatewayHeaders: headers, defaultStatus: status, factory: factory)
        }
        // A top-level buffer, real or mocked (`{"_base64": …}`), is sent as its bytes.
        if let bytes = value.bufferBytes {
            var contentType = "application/octet-stream"
            if case .buffer(_, let declared?) = result.content { contentType = declared }
            return .success(OutgoingResponse(status: status, headers: headers, body: bytes, defaultContentType: contentType))
        }
        return .success(factory.json(value, status: status, headers: headers))
    }

    /// Replaces `value` with what `validator` accepted, or the ValueError it failed with.
    private func validate(_ value: inout JSONValue, with validator: ReturnValidator, headers: HeaderBag)
        -> ResponseFailure?
    {
        switch validator.validate(value) {
        case .success(let accepted):
            value = accepted
            return nil
        case .failure(let failure):
            let error = GatewayError(.valueError, ReturnValidationError.message, details: .object(failure.details))
            return ResponseFailure(error: error, headers: headers)
        }
    }

    static func milliseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        return seconds * 1000 + attoseconds / 1_000_000_000_000_000
    }
}

/// A failed result: the error, the headers its response keeps, and what the closure threw.
struct ResponseFailure: Error {
    var error: GatewayError
    var headers: HeaderBag
    var underlying: (any Error)?
}
