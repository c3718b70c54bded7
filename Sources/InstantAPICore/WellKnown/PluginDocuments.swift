/// `plugin.json` and `ai-plugin.json` (upstream-parser-types §14.2, §14.7) from the metadata.
public enum PluginDocuments {
    /// The validated plugin object.
    public static func plugin(_ metadata: APIMetadata) -> JSONValue {
        [
            "name": .string(metadata.name), "description": .string(metadata.description),
            "version": .string(metadata.pluginVersion), "image_url": nil,
            "forModel": ["name": .string(metadata.name), "description": .string(metadata.description)],
            "termsOfService": nil, "contact": [:],
        ]
    }

    /// The ChatGPT plugin manifest pointing at `openapi.yaml`.
    public static func aiPlugin(_ metadata: APIMetadata) -> JSONValue {
        let modelName = EndpointNaming.replacingRuns(in: String(metadata.name.prefix(50)), with: "_") { character in
            character.isASCII && (character.isLetter || character.isNumber || character == "_")
        }
        let origin = metadata.origin
        return [
            "schema_version": "v1",
            "name_for_human": .string(String(metadata.name.prefix(20))),
            "name_for_model": .string(EndpointNaming.trimmingUnderscores(modelName)),
            "description_for_human": .string(String(metadata.description.prefix(100))),
            "description_for_model": .string(String(metadata.description.prefix(8000))),
            "auth": ["type": "none"],
            "api": ["type": "openapi", "url": .string(origin + "/.well-known/openapi.yaml")],
            "logo_url": .string(origin + "/logo.png"),
            "contact_email": .string("noreply@" + emailHost(origin)),
            "legal_info_url": .string(origin + "/tos.txt"),
        ]
    }

    /// The origin without `http(s)://` and `:port`, stripped only when both are present (Q21).
    static func emailHost(_ origin: String) -> String {
        guard let scheme = ["https://", "http://"].first(where: { origin.hasPrefix($0) }),
            let colon = origin.lastIndex(of: ":"), colon > origin.index(origin.startIndex, offsetBy: scheme.count),
            !origin[origin.index(after: colon)...].isEmpty, origin[origin.index(after: colon)...].allSatisfy(\.isNumber)
        else { return origin }
        return String(origin[origin.index(origin.startIndex, offsetBy: scheme.count)..<colon])
    }
}
