import InstantAPICore

/// Matches manifest definitions with registered closures, strictly (SPEC §2).
struct EndpointBinder {
    /// A closure registration: route name and method (`nil` for a default export).
    struct Key: Hashable {
        var route: String
        /// The method's name (`GET`); any method may be registered, only a manifest's match.
        var method: String?

        var label: String {
            // As the `HTTPRequest.Method` constant is spelled: `.get`.
            let methodText = method.map { ".\($0.lowercased())" } ?? "nil"
            return "register(\"\(route)\", method: \(methodText))"
        }
    }

    /// The endpoints, or every manifest without a closure and every closure without a manifest.
    ///
    /// A hot reload (`lenient`) binds what it can instead: a manifest method without a closure
    /// answers 501 naming the `register` call to add, and closures whose manifest is gone are
    /// left unused; the app cannot register closures while it runs.
    static func bind(
        definitions: [EndpointDefinition], handlers: [Key: InvocationHandler], duplicates: [Key], lenient: Bool = false
    ) -> Result<[Endpoint], GatewayLoadError> {
        var mismatches: [String] = []
        var endpoints: [Endpoint] = []
        var used = Set<Key>()
        for definition in definitions {
            let key = Key(route: definition.route, method: definition.method?.rawValue)
            if let handler = handlers[key] {
                used.insert(key)
                endpoints.append(Endpoint(definition: definition, handler: handler))
            } else if lenient {
                let message = "\"\(definition.route)\" has no closure yet: add gateway.\(key.label) { context in … } and restart"
                endpoints.append(Endpoint(definition: definition, handler: { _ in throw MissingClosureError(message: message) }))
            } else {
                let what = definition.method.map { "exports \($0.rawValue)" } ?? "has a default export"
                mismatches.append(
                    "\(definition.pathname):\(definition.line): error: \"\(definition.route)\" \(what) but no closure is registered; add \(key.label)"
                )
            }
        }
        for key in handlers.keys.sorted(by: { $0.label < $1.label }) where !used.contains(key) && !lenient {
            mismatches.append("\(key.label): error: no manifest declares this endpoint")
        }
        for key in duplicates {
            mismatches.append("\(key.label): error: a closure is registered twice for this endpoint")
        }
        if mismatches.isEmpty { return .success(endpoints) }
        return .failure(GatewayLoadError(diagnostics: [], mismatches: mismatches))
    }
}

/// What a manifest method added by a hot reload answers until its closure is registered:
/// 501 `ServerError`, as a route without the method.
struct MissingClosureError: Error {
    var message: String
}
