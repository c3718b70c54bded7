import Foundation
import PostgresNIO

/// `postgres://USER:PASS@HOST:PORT/DB` (also `postgresql://`), as `INSTANT_QUEUE_URL` gives it.
/// `?sslmode=disable|prefer|require` chooses TLS (default `prefer`, as libpq).
enum PostgresURL {
    struct Invalid: Error, CustomStringConvertible {
        var description: String
    }

    static func configuration(_ text: String) throws(Invalid) -> PostgresClient.Configuration {
        guard let components = URLComponents(string: text), let scheme = components.scheme,
            scheme == "postgres" || scheme == "postgresql"
        else {
            throw Invalid(description: "Not a postgres:// URL: \(redacted(text))")
        }
        guard let host = components.host, !host.isEmpty else {
            throw Invalid(description: "The PostgreSQL URL has no host: \(redacted(text))")
        }
        guard let username = components.user, !username.isEmpty else {
            throw Invalid(description: "The PostgreSQL URL has no user: \(redacted(text))")
        }
        let port = components.port ?? 5432
        guard (1...65535).contains(port) else {
            throw Invalid(description: "The PostgreSQL URL's port is not 1 to 65535: \(redacted(text))")
        }
        let database = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        let mode = components.queryItems?.first { $0.name == "sslmode" }?.value ?? "prefer"
        let tls: PostgresClient.Configuration.TLS
        switch mode {
        case "disable": tls = .disable
        case "prefer", "allow": tls = .prefer(.makeClientConfiguration())
        case "require", "verify-ca", "verify-full": tls = .require(.makeClientConfiguration())
        default: throw Invalid(description: "Unknown sslmode \"\(mode)\" in the PostgreSQL URL")
        }
        return PostgresClient.Configuration(
            // `user` and `password` are already percent-decoded.
            host: host, port: port, username: username, password: components.password,
            database: database.isEmpty ? nil : database, tls: tls)
    }

    /// The URL without its password, for error messages, also when it does not parse: whatever
    /// stands between the scheme's `://` and the last `@` of the authority is `USER:***`.
    static func redacted(_ text: String) -> String {
        guard let start = text.range(of: "://")?.upperBound else { return text }
        let authority = text[start...].prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        guard let at = authority.lastIndex(of: "@"), let colon = authority[..<at].firstIndex(of: ":") else { return text }
        return String(text[..<text.index(after: colon)]) + "***" + String(text[at...])
    }
}
