import Foundation
import InstantAPICore
import Logging
import ServiceLifecycle

/// Hot reload (development): watches `functions/` and `www/` and, within about
/// ``GatewayConfiguration/HotReload/interval`` of a change, loads the manifests again and swaps
/// the new routes into the running gateway; requests in flight finish on the routes they
/// started with. A change that does not load keeps the last routes that did, and its problems
/// go to the log (`file:line: error: …`) and to the top of `/docs`. A manifest method added
/// without a closure answers 501 naming the `register` call to add (closures are registered
/// in Swift, so they need a restart).
///
/// The folders are polled (a walk comparing names, sizes and modification times): no platform
/// file-event API, and the cost is one directory walk per interval.
public struct HotReloadService: Service {
    let folders: [URL]
    let interval: Duration
    let pipeline: RequestPipeline
    let logger: Logger
    /// The folders as the routes being served were loaded from.
    let loadedFrom: FolderFingerprint
    let reload: @Sendable () -> Result<RouteSet, GatewayLoadError>
    /// The docs page of the kept definitions with a failed reload's problems.
    let problemsPage: @Sendable ([EndpointDefinition], [String]) -> [UInt8]?

    public func run() async throws {
        await cancelWhenGracefulShutdown {
            var seen = loadedFrom
            while !Task.isCancelled {
                try? await Task.sleep(for: interval)
                let now = FolderFingerprint(folders)
                guard now != seen else { continue }
                seen = now
                apply(reload())
            }
        }
    }

    /// Installs a reload's routes, or keeps the current ones and reports why.
    func apply(_ outcome: Result<RouteSet, GatewayLoadError>) {
        switch outcome {
        case .success(let set):
            pipeline.install(set)
            logger.info("Reloaded: \(set.definitions.count) endpoint methods")
        case .failure(let error):
            let problems = error.diagnostics.map(\.description) + error.mismatches
            for problem in problems { logger.error("Reload failed: \(problem)") }
            var kept = pipeline.current
            kept.docsPage = problemsPage(kept.definitions, problems)
            pipeline.install(kept)
        }
    }
}

/// What a walk of the watched folders saw: every file's path, size and modification time.
struct FolderFingerprint: Equatable, Sendable {
    private var entries: [String: [Double]] = [:]

    init(_ folders: [URL]) {
        let keys: [URLResourceKey] = [.contentModificationDateKey, .fileSizeKey, .isRegularFileKey]
        for folder in folders {
            guard let walk = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: keys) else { continue }
            for case let url as URL in walk {
                guard let values = try? url.resourceValues(forKeys: Set(keys)), values.isRegularFile == true else { continue }
                entries[url.path] = [
                    values.contentModificationDate?.timeIntervalSince1970 ?? 0, Double(values.fileSize ?? -1),
                ]
            }
        }
    }
}
