extension GatewayConfiguration.MCP {
    /// The web origins whose pages may call `/server.mcp`. The MCP specification requires
    /// servers to check `Origin` (a page elsewhere, or a DNS-rebinding attack, could otherwise
    /// drive the tools from a user's browser); a request from a refused origin gets 403 before
    /// any JSON-RPC is read. Requests without `Origin` (MCP SDKs, curl, other servers) are not
    /// affected: browsers send it on every POST.
    ///
    /// The gateway's other routes keep their CORS answers (`Access-Control-Allow-Origin: *`
    /// and `@origin`); this setting is for MCP only.
    public struct AllowedOrigins: Sendable, Hashable {
        /// Origins allowed as sent by browsers: scheme, host and port if not the default
        /// (`https://app.example.com`, `http://localhost:5173`); compared case-insensitively.
        public var origins: Set<String>
        /// Whether pages served from a loopback host (`localhost`, `*.localhost`, `127.0.0.0/8`,
        /// `[::1]`) are allowed: local tools such as MCP inspectors run there.
        public var allowsLoopback: Bool
        /// Whether a page from the host the request was sent to (its `Host` header) is allowed,
        /// when that host cannot be rebound: an IP address, a loopback name, or the host of
        /// ``GatewayConfiguration/Documents/serverURL``. Any other DNS name may be an attacker's
        /// name resolving to this server, so it must be listed in ``origins``.
        public var allowsSameHost: Bool

        /// Origins are compared as browsers send them: lower-cased, without a trailing `/`.
        public init(_ origins: Set<String> = [], allowsLoopback: Bool = false, allowsSameHost: Bool = false) {
            self.origins = Set(origins.map { origin in
                let lowered = origin.lowercased()
                return lowered.hasSuffix("/") ? String(lowered.dropLast()) : lowered
            })
            self.allowsLoopback = allowsLoopback
            self.allowsSameHost = allowsSameHost
        }

        /// The default: the server's own host and loopback pages, plus `origins`.
        public static func sameHostAndLoopback(plus origins: Set<String> = []) -> AllowedOrigins {
            AllowedOrigins(origins, allowsLoopback: true, allowsSameHost: true)
        }

        /// Only the listed origins.
        public static func only(_ origins: Set<String>) -> AllowedOrigins {
            AllowedOrigins(origins)
        }

        /// Every origin: the check is off (only for servers no browser can reach).
        public static let any = AllowedOrigins(["*"])

        /// Whether a request with `origin` sent to `host` (its `Host` header) may go on;
        /// `trustedHost` is the configured public host, if any.
        func allows(origin: String, host: String?, trustedHost: String?) -> Bool {
            let origin = origin.lowercased()
            if origins.contains("*") || origins.contains(origin) { return true }
            guard let authority = WebOrigin(origin) else { return false }
            if allowsLoopback && authority.isLoopback { return true }
            guard allowsSameHost, let host = host?.lowercased(), authority.authority == host else { return false }
            return authority.isLoopback || authority.isIPAddress || authority.hostname == trustedHost?.lowercased()
        }
    }
}

/// The parts of a serialized web origin (`http://127.0.0.1:8000`) the origin check needs.
struct WebOrigin: Equatable {
    /// `host[:port]`, as a `Host` header names the same server.
    var authority: String
    /// The host alone, IPv6 literals with their brackets.
    var hostname: String

    /// `nil` for `null` (opaque origins) and anything that is not `scheme://authority`.
    init?(_ text: String) {
        guard let separator = text.range(of: "://") else { return nil }
        let scheme = text[..<separator.lowerBound]
        guard !scheme.isEmpty, scheme.allSatisfy({ $0.isLetter || $0.isNumber || "+-.".contains($0) }) else { return nil }
        let authority = text[separator.upperBound...]
        guard !authority.isEmpty, !authority.contains(where: { "/?#@ ".contains($0) }) else { return nil }
        self.authority = String(authority)
        if authority.hasPrefix("[") {
            guard let close = authority.firstIndex(of: "]") else { return nil }
            hostname = String(authority[...close])
        } else {
            hostname = String(authority.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)[0])
        }
    }

    var isLoopback: Bool {
        if hostname == "localhost" || hostname.hasSuffix(".localhost") || hostname == "[::1]" { return true }
        return hostname.hasPrefix("127.") && isIPv4
    }

    var isIPAddress: Bool { isIPv4 || hostname.hasPrefix("[") }

    private var isIPv4: Bool {
        let octets = hostname.split(separator: ".", omittingEmptySubsequences: false)
        return octets.count == 4 && octets.allSatisfy { octet in
            !octet.isEmpty && octet.count <= 3 && octet.allSatisfy(\.isASCII) && octet.allSatisfy(\.isNumber)
                && (Int(octet) ?? 256) <= 255
        }
    }
}
