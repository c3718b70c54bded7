// Apps import one module: the gateway's API uses Core's values, definitions and errors.
@_exported import InstantAPICore
