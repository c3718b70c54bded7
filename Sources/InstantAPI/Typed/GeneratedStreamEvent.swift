import InstantAPICore

/// One event of an endpoint's `@stream`s, as generated: an enum with a case per stream whose
/// associated value is the typed payload.
public protocol GeneratedStreamEvent: Sendable {
    /// The stream's name (`chunk`).
    var streamName: String { get }
    /// The payload, converted directly (enum members as their keys: the stream check turns
    /// them into member values, and still checks ranges and sizes types cannot express).
    var streamValue: JSONValue { get }
}

/// Streams nothing: the event type of generated endpoints without `@stream`.
public enum NoStreamEvent: GeneratedStreamEvent {
    public var streamName: String { switch self {} }
    public var streamValue: JSONValue { switch self {} }
}
