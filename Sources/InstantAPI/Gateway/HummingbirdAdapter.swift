import HTTPTypes
import Hummingbird
import NIOCore
import NIOHTTP1

/// Converts between Hummingbird requests and responses and the gateway's pipeline.
struct HummingbirdAdapter: Sendable {
    let pipeline: RequestPipeline

    /// Answers one request: method gate, body read within the size limits, then the pipeline.
    /// `mountDepth` is the number of leading path segments of the prefix the gateway is
    /// mounted at. Rethrows only an HTTP parse error met in the body, which Hummingbird answers
    /// with a 400 and a closed connection.
    func respond<Context: RequestContext>(to request: Request, context: Context, mountDepth: Int = 0) async throws
        -> Response
    {
        let method = request.method.rawValue
        let written = WrittenRequest(request)
        if let early = pipeline.preflight(method: method) {
            return write(early, for: written)
        }
        let limit = pipeline.configuration.maxRequestSize
        let contentLength = request.headers[.contentLength]
        if let declared = contentLength.flatMap(Int.init), declared > limit {
            return write(closing(pipeline.payloadTooLarge()), for: written)
        }
        // Reserved as bytes arrive, not for a declared length ahead: a client announcing a
        // large body and sending nothing must not hold the budget. When uploads compete, the
        // first to run out is refused and gives its bytes back, so the others go on.
        let budget = pipeline.bodyBudget
        var body: [UInt8] = []
        defer { budget.release(body.count) }
        // Without a length or a transfer coding an HTTP/1 request has no body (RFC 9112 §6.3):
        // most GETs skip the wait for its end, which Hummingbird drains after the response.
        let hasBody = contentLength != nil || request.headers[.transferEncoding] != nil
        var chunks = request.body.makeAsyncIterator()
        do {
            while hasBody, let chunk = try await chunks.next() {
                guard body.count + chunk.readableBytes <= limit else {
                    return write(closing(pipeline.payloadTooLarge()), for: written)
                }
                guard budget.reserve(chunk.readableBytes) else {
                    return write(closing(bodiesInFlight()), for: written)
                }
                body.append(contentsOf: chunk.readableBytesView)
            }
        } catch let error as HTTPParserError {
            throw error
        } catch {
            // The connection is gone or timed out mid-body (`RequestReadDeadline`): nobody to
            // answer, and a partial body must not reach a closure.
            return write(closing(OutgoingResponse(status: 408)), for: written)
        }
        if method == "DELETE", !body.isEmpty {
            return write(closing(pipeline.deleteWithBody()), for: written)
        }
        let incoming = IncomingRequest(
            head: request.head, body: body, peerAddress: Self.peerAddress(of: context), requestContext: context,
            mountDepth: mountDepth)
        let response = await pipeline.handle(incoming)
        return write(response, for: written)
    }

    private func bodiesInFlight() -> OutgoingResponse {
        pipeline.serviceUnavailable("Too many request bodies in flight, try again later")
    }

    /// The request headers that shape how a response is written.
    struct WrittenRequest: Sendable {
        /// `Access-Control-Request-Headers`, echoed by `Access-Control-Allow-Headers`.
        var requestedHeaders: String?
        /// `Accept-Encoding`, selecting gzip or deflate.
        var acceptEncoding: String?

        init(requestedHeaders: String? = nil, acceptEncoding: String? = nil) {
            self.requestedHeaders = requestedHeaders
            self.acceptEncoding = acceptEncoding
        }

        init(_ request: Request) {
            self.init(
                requestedHeaders: request.headers[.accessControlRequestHeaders],
                acceptEncoding: request.headers[.acceptEncoding])
        }
    }

    private func closing(_ response: OutgoingResponse) -> OutgoingResponse {
        var response = response
        response.closesConnection = true
        return response
    }

    /// The Hummingbird response: headers in the bag's order with the original's name casing,
    /// `Content-Encoding` after them, `Content-Length` last, and no `Content-Length` for an
    /// empty body.
    func write(_ outgoing: OutgoingResponse, for request: WrittenRequest) -> Response {
        var response = outgoing
        response.finalize(requestedHeaders: request.requestedHeaders)
        if response.compressible {
            ResponseCompression.apply(to: &response, acceptEncoding: request.acceptEncoding)
        }
        var fields = HTTPFields()
        fields.reserveCapacity(response.headers.fields.count + 2)
        for (name, value) in response.headers.fields {
            guard let fieldName = HeaderBag.fieldName(name) else { continue }
            fields.append(HTTPField(name: fieldName, value: value))
        }
        let body: ResponseBody
        switch response.body {
        case .bytes(let bytes) where response.closesConnection:
            body = Self.closingBody(bytes)
        case .bytes(let bytes) where bytes.isEmpty:
            body = ResponseBody(contentLength: nil) { writer in try await writer.finish(nil) }
        case .bytes(let bytes):
            body = ResponseBody(byteBuffer: ByteBuffer(bytes: bytes))
            // Added here, last, as `Response` would: it saves its lookup and a copy of the fields.
            if response.headers["content-length"] == nil {
                fields.append(HTTPField(name: .contentLength, value: String(bytes.count)))
            }
        case .streamed(let streamed):
            body = streamed
        }
        var written = Response(status: Self.status(response.status), headers: fields, body: body)
        if response.closesConnection { written.headers[.connection] = "close" }
        return written
    }

    /// A body that, once fully written, ends the connection. Hummingbird would otherwise read
    /// and discard the rest of the request body to keep the connection alive (it only stops on
    /// a request's `Connection: close`); a throw after `finish` makes its connection handler
    /// close the channel instead, as the original destroys the socket after a 413.
    static func closingBody(_ bytes: [UInt8]) -> ResponseBody {
        ResponseBody(contentLength: bytes.isEmpty ? nil : bytes.count) { writer in
            if !bytes.isEmpty { try await writer.write(ByteBuffer(bytes: bytes)) }
            try await writer.finish(nil)
            throw ConnectionClosedAfterResponse()
        }
    }

    /// Thrown after a complete response to make Hummingbird close the connection.
    struct ConnectionClosedAfterResponse: Error {}

    /// The status with Node's reason phrases (`420 unknown`).
    static func status(_ code: Int) -> HTTPResponse.Status {
        if code == 200 { return .ok }
        guard (100...999).contains(code) else { return .internalServerError }
        if code == 420 { return HTTPResponse.Status(code: 420, reasonPhrase: "unknown") }
        return HTTPResponse.Status(code: code, reasonPhrase: HTTPResponseStatus(statusCode: code).reasonPhrase)
    }

    /// The peer address of a context that knows it.
    static func peerAddress<Context: RequestContext>(of context: Context) -> String? {
        guard let address = (context as? any RemoteAddressRequestContext)?.remoteAddress else { return nil }
        return address.ipAddress ?? address.pathname
    }
}
