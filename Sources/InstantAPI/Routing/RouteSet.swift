import InstantAPICore
import Synchronization

/// What one load of the manifests gives the pipeline: the route table, the special routes
/// (MCP, well-known documents), the docs page and the definitions they came from. A hot reload
/// replaces it whole.
struct RouteSet: Sendable {
    var routes: RouteTable
    var specialRoutes: SpecialRoutes
    var docsPage: [UInt8]?
    var definitions: [EndpointDefinition]

    /// Fixed for the pipeline's life, or in a slot a reload swaps.
    enum Source: Sendable {
        case fixed(RouteSet)
        case reloading(Slot)
    }

    /// The current set of a reloading gateway.
    final class Slot: Sendable {
        private let stored: Mutex<RouteSet>

        init(_ initial: RouteSet) {
            stored = Mutex(initial)
        }

        var current: RouteSet { stored.withLock { $0 } }

        func install(_ newSet: RouteSet) {
            stored.withLock { $0 = newSet }
        }
    }
}
