import Hummingbird

extension Gateway {
    /// Makes the closures' context for a stored execution a worker runs, when `Context` can be
    /// made without a connection.
    static var makeBackgroundContext: @Sendable (BackgroundContextSource) -> (any RequestContext)? {
        { source in (Context.self as? any BackgroundRequestContext.Type)?.init(background: source) }
    }

    /// A durable queue runs closures away from their request, so it needs a context that can
    /// be made without one: refused at load otherwise, not at the first execution.
    func checkBackgroundContext() throws(GatewayLoadError) {
        guard configuration.background.queue?.isDurable == true, !(Context.self is any BackgroundRequestContext.Type) else {
            return
        }
        throw GatewayLoadError(
            diagnostics: [],
            mismatches: [
                "The durable background queue runs closures without their request: \(Context.self) must conform to BackgroundRequestContext"
            ])
    }
}
