import HTTPTypes
import Foundation
import InstantAPICore

/// Answers a request for a static route (upstream-gateway §3.4, SPEC §3): the file's content
/// type, `Content-Length`, validators with 304, single byte ranges with 206/416, Markdown
/// rendered to a page unless `raw`.
///
/// Header order: upstream's (`X-Execution-Uuid`, [`Content-Range`], `Accept-Ranges`,
/// `Content-Type`, `Content-Length`), then `ETag` and `Last-Modified`, then the gateway's CORS
/// block. `Accept-Ranges: bytes` is sent on every 200 and 206 (upstream: video only).
/// Conditionals and ranges apply to GET only; not-found pages (`404.html`) are sent whole
/// with status 404 and no validators.
struct StaticResponder: Sendable {
    /// Files up to this size are read whole (and cached); larger ones are streamed from disk.
    static let inMemoryLimit = 1 << 20
    /// Markdown larger than this is not rendered (AutoformatError; `?raw=t` still serves it).
    static let markdownLimit = 4 << 20
    static let retryText =
        "You can try this request again with ?raw=t set in the HTTP query parameters to see the raw file contents"

    let cache: StaticContentCache
    let factory: ResponseFactory

    /// The response, and the AutoformatError when rendering failed (for the error handler).
    func respond(
        to request: IncomingRequest, file: StaticFile, name: String, raw: Bool, uuid: String
    ) async -> (OutgoingResponse, GatewayError?) {
        var headers = HeaderBag()
        headers.set("x-execution-uuid", uuid)
        let path = file.url.path
        guard let version = StaticFileVersion.current(path: path) else {
            return (factory.error(GatewayError(.notFoundError, "\"\(ValueEcho.preview(name))\" Not Found")), nil)
        }
        let representation: StaticRepresentation
        switch await self.representation(of: file, version: version, raw: raw) {
        case .success(let value): representation = value
        case .failure(let error):
            if error.kind == .autoformatError { return (factory.error(error, headers: headers), error) }
            return (factory.error(error), nil)
        }
        if file.isNotFoundPage {
            headers.set("content-type", representation.contentType)
            headers.set("content-length", String(representation.length))
            return (OutgoingResponse(status: 404, headers: headers, body: representation.body(nil)), nil)
        }
        var range = ByteRange.whole
        if request.method == "GET" {
            if ConditionalRequest.isNotModified(request, representation) {
                headers.set("etag", representation.entityTag)
                headers.set("last-modified", representation.lastModified)
                return (OutgoingResponse(status: 304, headers: headers), nil)
            }
            if ConditionalRequest.rangeApplies(request, representation) {
                range = ByteRange.evaluate(request.header(.range), length: representation.length)
            }
        }
        let status: Int
        let bytes: ClosedRange<Int>?
        switch range {
        case .unsatisfiable:
            headers.set("content-range", "bytes */\(representation.length)")
            let error = GatewayError(.clientError, "Range Not Satisfiable", status: 416)
            return (factory.error(error, headers: headers), nil)
        case .partial(let partial):
            status = 206
            bytes = partial
            headers.set(
                "content-range", "bytes \(partial.lowerBound)-\(partial.upperBound)/\(representation.length)")
        case .whole:
            status = 200
            bytes = nil
        }
        headers.set("accept-ranges", "bytes")
        headers.set("content-type", representation.contentType)
        headers.set("content-length", String(bytes?.count ?? representation.length))
        headers.set("etag", representation.entityTag)
        headers.set("last-modified", representation.lastModified)
        return (OutgoingResponse(status: status, headers: headers, body: representation.body(bytes)), nil)
    }

    /// The rendered page for Markdown (unless `raw`), else the file's bytes: from the cache,
    /// read whole when small, or left on disk to be streamed.
    private func representation(
        of file: StaticFile, version: StaticFileVersion, raw: Bool
    ) async -> Result<StaticRepresentation, GatewayError> {
        let path = file.url.path
        let render = file.isMarkdown && !raw
        var representation = StaticRepresentation(
            content: .file(path: path), length: version.size,
            contentType: render
                ? "text/html; charset=utf-8" : MediaTypes.contentType(forFileName: file.relativePath[...]),
            entityTag: version.entityTag(variant: render ? "html" : nil), lastModified: version.lastModified,
            modifiedSeconds: version.seconds)
        if render {
            let key = StaticContentCache.Key(path: path, variant: "html")
            if let page = cache.bytes(for: key, version: version) {
                representation.content = .memory(page)
                representation.length = page.count
                return .success(representation)
            }
            guard version.size <= Self.markdownLimit else {
                return .failure(autoformatError(file, reason: "the file is larger than \(Self.markdownLimit) bytes"))
            }
            guard let source = try? await StaticFileBody.read(path: path, limit: Self.markdownLimit) else {
                return .failure(GatewayError(.notFoundError, "\"\(file.route)\" Not Found"))
            }
            let stem = (file.relativePath as NSString).lastPathComponent
            let page: [UInt8]
            do {
                page = try MarkdownPage.render(source, fallbackTitle: String(stem.dropLast(3)))
            } catch {
                let reason = error == .notUTF8 ? "the file is not valid UTF-8" : "the Markdown renderer failed"
                return .failure(autoformatError(file, reason: reason))
            }
            cache.store(page, for: key, version: version)
            representation.content = .memory(page)
            representation.length = page.count
            return .success(representation)
        }
        guard version.size <= Self.inMemoryLimit else { return .success(representation) }
        let key = StaticContentCache.Key(path: path, variant: "file")
        if let bytes = cache.bytes(for: key, version: version) {
            representation.content = .memory(bytes)
        } else {
            guard let bytes = try? await StaticFileBody.read(path: path, limit: Self.inMemoryLimit) else {
                return .failure(GatewayError(.notFoundError, "\"\(file.route)\" Not Found"))
            }
            cache.store(bytes, for: key, version: version)
            representation.content = .memory(bytes)
        }
        if case .memory(let bytes) = representation.content { representation.length = bytes.count }
        return .success(representation)
    }

    private func autoformatError(_ file: StaticFile, reason: String) -> GatewayError {
        GatewayError(
            .autoformatError, "Could not render \(file.pathname) as HTML: \(reason)",
            details: .object(["retry": .string(Self.retryText)]))
    }
}
