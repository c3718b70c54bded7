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
    func serveStatic(_ file: StaticFile, request: IncomingRequest, name: String) async -> OutgoingResponse {
        let merged: RequestParameters
        do {
            let query = try QueryStringParser.parse(request.query ?? "")
            let body = try BodyParser.parse(
                method: request.method, contentType: request.header("content-type"), body: request.body,
                convertStrings: request.header("x-convert-strings") != nil)
            merged = try RequestParameters.merge(query: query, body: body)
        } catch {
            return factory.error(GatewayError(.parameterParseError, error.message))
        }
        let params: JSONObject
        switch Self.staticParameters.validate(merged) {
        case .success(let valid): params = valid
        case .failure(let error):
            return factory.error(GatewayError(.parameterError, error.message, details: .object(error.details)))
        }
        let uuid = UUID().uuidString.lowercased()
        let responder = StaticResponder(cache: routes.staticCache, factory: factory)
        let (response, failure) = await responder.respond(
            to: request, file: file, name: name, raw: params["raw"] == .bool(true), uuid: uuid)
        if let failure {
            logger.error(
                "\(failure.kind.rawValue): \(failure.message)",
                metadata: ["execution-uuid": .string(uuid), "file": .string(file.pathname)])
            errorHandler?(
                GatewayErrorEvent(
                    type: failure.kind.rawValue, message: failure.message, details: failure.details,
                    endpoint: file.route, uuid: uuid, underlying: nil))
        }
        return response
    }
}
