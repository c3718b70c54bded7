import Hummingbird

/// Reads `Authorization: Bearer NAME` into the request context's identity. It stands in for a
/// real authenticator (a token lookup, JWT verification): the gateway only sees the identity.
struct BearerIdentityMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        var context = context
        if let authorization = request.headers[.authorization], authorization.hasPrefix("Bearer ") {
            let name = authorization.dropFirst("Bearer ".count).trimmingCharacters(in: .whitespaces)
            if !name.isEmpty { context.identity = Identity(name: name) }
        }
        return try await next(request, context)
    }
}
