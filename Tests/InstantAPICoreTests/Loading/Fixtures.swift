import Foundation

/// Locations of the checked-in fixture trees.
enum Fixtures {
    static var root: URL {
        get throws {
            guard let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
                throw FixtureError.missing("Fixtures")
            }
            return url
        }
    }

    static func url(_ path: String) throws -> URL {
        try root.appendingPathComponent(path)
    }

    enum FixtureError: Error {
        case missing(String)
    }
}
