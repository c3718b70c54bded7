import HTTPTypes
import Hummingbird
import NIOCore
import NIOHTTP1

/// Converts between Hummingbird requests and responses and the gateway's pipeline.
struct HummingbirdAdapter: Sendable {
    let pipeline: RequestPipeline

    /// Answers one request: method gate, body read within the size limit, then the pipeline.
    func respond(to request: Request, peerAddress: String?) async -> Response {
        let method = request.method.rawValue
        let requestedHeaders = request.headers[.accessControlRequestHeaders]
        if let early = pipeline.preflight(method: method) {
            return write(early, requestedHeaders: requestedHeaders)
        }
        let limit = pipeline.configuration.maxRequestSize
        if let declared = request.headers[.contentLength].flatMap(Int.init), declared > limit {
            return write(pipeline.payloadTooLarge(), requestedHeaders: requestedHeaders)
        }
        var body: [UInt8] = []
        do {
            for try await chunk in request.body {
                guard body.count + chunk.readableBytes <= limit else {
                    return write(pipeline.payloadTooLarge(), requestedHeaders: requestedHeaders)
                }
                body.append(contentsOf: chunk.readableBytesView)
            }
        } catch {
            return write(pipeline.payloadTooLarge(), requestedHeaders: requestedHeaders)
        }
        if method == "DELETE", !body.isEmpty {
            return write(pipeline.deleteWithBody(), requestedHeaders: requestedHeaders)
        }
        var headers: [(name: String, value: String)] = []
        headers.reserveCapacity(request.headers.count)
        if let authority = request.head.authority { headers.append(("host", authority)) }
        for field in request.headers {
            headers.append((field.name.canonicalName, field.value))
        }
        let incoming = IncomingRequest(
            method: method, target: request.head.path ?? "/", headers: headers, body: body, peerAddress: peerAddress)
        let response = await pipeline.handle(incoming)
        return write(response, requestedHeaders: requestedHeaders)
    }

    /// The Hummingbird response: headers in the bag's order with the original's name casing,
    /// `Content-Length` last, and no `Content-Length` for an empty body.
    func write(_ outgoing: OutgoingResponse, requestedHeaders: String?) -> Response {
        var response = outgoing
        response.finalize(requestedHeaders: requestedHeaders)
        var fields = HTTPFields()
        fields.reserveCapacity(response.headers.fields.count + 1)
        for (name, value) in response.headers.fields {
            guard let fieldName = HTTPField.Name(HeaderBag.wireName(name)) else { continue }
            fields.append(HTTPField(name: fieldName, value: value))
        }
        let body: ResponseBody
        switch response.body {
        case .bytes(let bytes) where bytes.isEmpty:
            body = ResponseBody(contentLength: nil) { writer in try await writer.finish(nil) }
        case .bytes(let bytes):
            body = ResponseBody(byteBuffer: ByteBuffer(bytes: bytes))
        case .streamed(let streamed):
            body = streamed
        }
        return Response(status: Self.status(response.status), headers: fields, body: body)
    }

    /// The status with Node's reason phrases (`420 unknown`).
    static func status(_ code: Int) -> HTTPResponse.Status {
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
