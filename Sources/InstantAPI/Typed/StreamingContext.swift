import Hummingbird
import InstantAPICore

/// The context of a generated endpoint with `@stream`s: everything ``EndpointContext`` has
/// (`context.uuid`, `context.params`, `context.requestContext`, …) plus a typed `stream`.
@dynamicMemberLookup
public struct StreamingContext<Context: RequestContext, Event: GeneratedStreamEvent>: Sendable {
    /// The untyped context, for what the typed one does not cover (`stream(name, value)`).
    public let untyped: EndpointContext<Context>

    public init(_ context: EndpointContext<Context>) {
        untyped = context
    }

    public subscript<Value>(dynamicMember keyPath: KeyPath<EndpointContext<Context>, Value>) -> Value {
        untyped[keyPath: keyPath]
    }

    /// Sends `event` on its stream, as ``EndpointContext/stream(_:_:)`` does but without an
    /// encoder: the payload's type is the manifest's. Returns `false` when a check the types
    /// cannot express (a range, a size) refused it and an `@error` event was sent instead.
    @discardableResult
    public func stream(_ event: Event) async throws -> Bool {
        let accepted = await untyped.invocation.events.send(name: event.streamName, value: event.streamValue)
        try Task.checkCancellation()
        return accepted
    }

    /// ``EndpointContext/log(_:)``.
    public func log(_ message: String) { untyped.log(message) }

    /// ``EndpointContext/error(_:)``.
    public func error(_ message: String) { untyped.error(message) }
}
