import InstantAPICore
import OrderedCollections

/// The member access generated code uses: each failure names where it happened, so a stale
/// generated file is easy to find.
public enum ManifestMembers {
    /// The members of an object value (`expected` is the name used when it is not one).
    @inlinable
    public static func object(_ value: JSONValue) throws(ManifestValueError) -> JSONObject {
        guard case .object(let object) = value else { throw ManifestValueError(expected: "object", actual: value) }
        return object
    }

    /// Member `key` of `object` as `T`; a missing member reads as `null` (an optional's `nil`).
    @inlinable
    public static func member<T: ManifestValue>(_ object: JSONObject, _ key: String) throws(ManifestValueError) -> T {
        do throws(ManifestValueError) {
            return try T(manifestValue: object[key] ?? .null)
        } catch {
            throw error.at(key)
        }
    }

    /// Declared parameter `key`, expected at `index`: the gateway puts declared parameters
    /// first, in declaration order, so the position is checked before any hashing.
    @inlinable
    public static func parameter<T: ManifestValue>(_ params: JSONObject, _ index: Int, _ key: String)
        throws(ManifestValueError) -> T
    {
        let value: JSONValue
        if index < params.count, params.keys[index] == key {
            value = params.values[index]
        } else {
            value = params[key] ?? .null
        }
        do throws(ManifestValueError) {
            return try T(manifestValue: value)
        } catch {
            throw error.at(key)
        }
    }
}
