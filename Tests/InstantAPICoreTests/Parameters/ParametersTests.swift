import Testing

/// Groups the suites of `Sources/InstantAPICore/Parameters`, so `swift test --filter Parameters`
/// runs exactly them.
@Suite enum ParametersTests {}
