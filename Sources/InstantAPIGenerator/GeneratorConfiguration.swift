import Foundation
import InstantAPICore

/// `instant-api.json` at the package root (beside functions/), read by the plugin and by
/// `instant generate`; every key is optional:
///
/// ```json
/// {"access": "public", "protocol": "APIProtocol", "untyped": ["webhooks/github", "v1/orders#GET"]}
/// ```
///
/// `untyped` lists endpoints (`route` for all of a route's methods, `route#METHOD` for one) that
/// the app registers with the untyped `register`, so typed and untyped closures mix in one
/// gateway: the generated protocol and `register(_:)` leave them out.
public enum GeneratorConfiguration {
    /// The file's name.
    public static let fileName = "instant-api.json"

    /// The options of `url`, or a message naming what is wrong with it.
    public static func options(from url: URL) -> Result<APISourceGenerator.Options, GeneratorConfigurationError> {
        let bytes: [UInt8]
        do { bytes = Array(try Data(contentsOf: url)) } catch {
            return .failure(.init(message: "\(url.path): error: can not read: \(error.localizedDescription)"))
        }
        guard case .object(let object)? = try? JSONValue.parse(bytes: bytes) else {
            return .failure(.init(message: "\(url.path): error: not a JSON object"))
        }
        var options = APISourceGenerator.Options()
        for (key, value) in object {
            switch (key, value) {
            case ("access", .string(let text)):
                guard let level = APISourceGenerator.AccessLevel(rawValue: text) else {
                    return .failure(.init(message: "\(url.path): error: \"access\" is internal, package or public"))
                }
                options.access = level
            case ("protocol", .string(let name)) where !SwiftNaming.words(name).isEmpty:
                options.protocolName = SwiftNaming.pascal(name)
            case ("untyped", .array(let items)) where items.allSatisfy({ $0.stringValue != nil }):
                options.untyped = Set(items.compactMap(\.stringValue))
            default:
                return .failure(.init(message: "\(url.path): error: unknown or malformed key \"\(key)\""))
            }
        }
        return .success(options)
    }
}

/// `instant-api.json` could not be used.
public struct GeneratorConfigurationError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
