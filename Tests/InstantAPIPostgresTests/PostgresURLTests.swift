import Foundation
import PostgresNIO
import Testing

@testable import InstantAPIPostgres

/// ``PostgresURL``: `INSTANT_QUEUE_URL` read into a client configuration, without a database.
@Suite("PostgresURL")
struct PostgresURLTests {
    /// The TLS mode's name (`disable`, `prefer`, `require`): PostgresNIO keeps it internal.
    static func tlsMode(_ configuration: PostgresClient.Configuration) -> String {
        let base = Mirror(reflecting: configuration.tls).children.first?.value
        return String(describing: base.map { String(describing: $0) } ?? "").split(separator: "(").first.map(String.init) ?? ""
    }

    @Test func aFullURL() throws {
        let configuration = try PostgresURL.configuration("postgres://queue:secret@db.example.com:6543/app")
        #expect(configuration.host == "db.example.com")
        #expect(configuration.port == 6543)
        #expect(configuration.username == "queue")
        #expect(configuration.password == "secret")
        #expect(configuration.database == "app")
        #expect(Self.tlsMode(configuration) == "prefer")
    }

    @Test func postgresqlSchemeAndDefaults() throws {
        let configuration = try PostgresURL.configuration("postgresql://queue@localhost/app")
        #expect(configuration.host == "localhost")
        #expect(configuration.port == 5432)
        #expect(configuration.username == "queue")
        #expect(configuration.password == nil)
        #expect(configuration.database == "app")
    }

    @Test(arguments: ["postgres://queue@localhost", "postgres://queue@localhost/", "postgres://queue:pw@localhost:5433"])
    func noDatabase(_ url: String) throws {
        #expect(try PostgresURL.configuration(url).database == nil)
    }

    @Test func anEmptyPasswordIsEmpty() throws {
        #expect(try PostgresURL.configuration("postgres://queue:@localhost/app").password == "")
    }

    @Test func anIPAddressHost() throws {
        #expect(try PostgresURL.configuration("postgres://u@127.0.0.1:5432/db").host == "127.0.0.1")
    }

    @Test func percentEncodedUserAndPassword() throws {
        let configuration = try PostgresURL.configuration("postgres://user%40corp:p%40ss%3Aw%2Frd%20x@localhost/app")
        #expect(configuration.username == "user@corp")
        #expect(configuration.password == "p@ss:w/rd x")
    }

    /// A password with a literal `%` (written `%25`) is decoded once: `100%41` stays `100%41`.
    /// (`URLComponents.user`/`.password` are already decoded; decoding again gave `100A`.)
    @Test func percentEncodedPercentIsDecodedOnce() throws {
        let configuration = try PostgresURL.configuration("postgres://u%2541:100%2541@localhost/app")
        #expect(configuration.password == "100%41")
        #expect(configuration.username == "u%41")
    }

    @Test(arguments: [
        ("disable", "disable"), ("prefer", "prefer"), ("allow", "prefer"), ("require", "require"),
        ("verify-ca", "require"), ("verify-full", "require"),
    ])
    func sslModes(_ mode: String, _ expected: String) throws {
        let configuration = try PostgresURL.configuration("postgres://u@h/db?sslmode=\(mode)")
        #expect(Self.tlsMode(configuration) == expected)
    }

    @Test func otherQueryItemsAreIgnored() throws {
        let configuration = try PostgresURL.configuration("postgres://u@h/db?application_name=x&sslmode=disable")
        #expect(Self.tlsMode(configuration) == "disable")
        #expect(configuration.database == "db")
    }

    @Test(arguments: ["bogus", "", "DISABLE"])
    func unknownSSLModes(_ mode: String) {
        let error = #expect(throws: PostgresURL.Invalid.self) {
            try PostgresURL.configuration("postgres://u:secret@h/db?sslmode=\(mode)")
        }
        #expect(error?.description == "Unknown sslmode \"\(mode)\" in the PostgreSQL URL")
    }

    @Test(arguments: [
        "mysql://u:p@h/db", "http://u@h/db", "postgresx://u@h/db", "postgre://u@h/db", "u@h/db", "localhost:5432", "",
        "not a url at all",
    ])
    func unknownSchemes(_ url: String) {
        let error = #expect(throws: PostgresURL.Invalid.self) { try PostgresURL.configuration(url) }
        #expect(error?.description.hasPrefix("Not a postgres:// URL") == true)
    }

    @Test(arguments: ["postgres://u@/db", "postgres:///db", "postgres://u:p@:5432/db", "postgres:db", "postgres://"])
    func missingHost(_ url: String) {
        let error = #expect(throws: PostgresURL.Invalid.self) { try PostgresURL.configuration(url) }
        #expect(error?.description.hasPrefix("The PostgreSQL URL has no host") == true, "\(error?.description ?? "")")
    }

    @Test(arguments: ["postgres://localhost/db", "postgres://:pw@localhost/db", "postgres://@localhost/db"])
    func missingUser(_ url: String) {
        let error = #expect(throws: PostgresURL.Invalid.self) { try PostgresURL.configuration(url) }
        #expect(error?.description.hasPrefix("The PostgreSQL URL has no user") == true, "\(error?.description ?? "")")
    }

    @Test(arguments: ["postgres://u@h:abc/db", "postgres://u@h:-1/db", "postgres://u@h:54 32/db", "postgres://u@h:5432x/db"])
    func unreadablePorts(_ url: String) {
        #expect(throws: PostgresURL.Invalid.self) { try PostgresURL.configuration(url) }
    }

    /// Ports that parse but cannot be TCP ports are refused up front, not when connecting.
    @Test(arguments: ["postgres://u@h:0/db", "postgres://u@h:65536/db", "postgres://u@h:99999/db"])
    func outOfRangePorts(_ url: String) {
        #expect(throws: PostgresURL.Invalid.self) { try PostgresURL.configuration(url) }
    }

    @Test func redactedHidesThePassword() {
        #expect(PostgresURL.redacted("postgres://u:secret@h:5432/db") == "postgres://u:***@h:5432/db")
        #expect(PostgresURL.redacted("postgres://u@h/db") == "postgres://u@h/db")
        #expect(PostgresURL.redacted("postgres://h/db") == "postgres://h/db")
    }

    @Test(arguments: ["mysql://u:secret@h/db", "postgres://u:secret@/db", "postgres://:secret@h/db"])
    func errorsDoNotShowThePassword(_ url: String) {
        let error = #expect(throws: PostgresURL.Invalid.self) { try PostgresURL.configuration(url) }
        #expect(error?.description.contains("secret") == false, "\(error?.description ?? "")")
        #expect(error?.description.contains("***") == true, "\(error?.description ?? "")")
    }

    /// A password with a space is taken as it is (Foundation's URL parsing is lenient).
    @Test func aPasswordWithASpaceIsAccepted() throws {
        #expect(try PostgresURL.configuration("postgres://u:sec ret@h/db").password == "sec ret")
    }

    /// A URL that does not parse at all (here: a bad port) must not be echoed with its password
    /// either: the error is logged at start-up.
    @Test(arguments: ["postgres://u:secret@h:abc/db", "postgres://u:secret@h:-1/db", "postgres://u:secret@h:5432x/db"])
    func unparseableURLErrorsDoNotShowThePassword(_ url: String) {
        let error = #expect(throws: PostgresURL.Invalid.self) { try PostgresURL.configuration(url) }
        #expect(error?.description.contains("secret") == false, "\(error?.description ?? "")")
    }
}
