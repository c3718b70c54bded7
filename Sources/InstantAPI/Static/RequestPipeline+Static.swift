import Foundation
import InstantAPICore

extension RequestPipeline {
    /// Static routes declare one parameter, `raw` (boolean, default false), as upstream's
    /// static definitions do: `?raw=maybe` is a ParameterError.
    static let staticParameters = ParameterValidator(parameters: [
        Parameter(name: "raw", type: .boolean, defaultValue: .bool(false))
    ])

    /// Serves a route of `www/` (`name` is the requested route name): the query and body are
    /// parsed and validated as for a function (a bad JSON body is a ParameterParseError), then
    /// the file is answered by ``StaticResponder``.
    func serveStatic(_ file: StaticFile, request: IncomingRequest, name: String, cache: StaticContentCache) async -> OutgoingResponse {
        let params: JSONObject
        switch parameters(of: request, validator: Self.staticParameters) {
        case .success(let parsed): params = parsed.params
        case .failure(let error): return factory.error(error)
        }
        let uuid = ExecutionID.make()
        let responder = StaticResponder(cache: cache, factory: factory)
        let (response, failure) = await responder.respond(
            to: request, file: file, name: name, raw: params["raw"] == .bool(true), uuid: uuid)
        if let failure { report(failure, endpoint: file.route, uuid: uuid, underlying: nil) }
        return response
    }
}
