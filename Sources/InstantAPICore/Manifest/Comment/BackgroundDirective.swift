/// `@background [MODE [names…]]` (upstream-parser-types §5).
enum BackgroundDirective {
    static func mode(_ values: [String]) throws(ManifestError) -> BackgroundMode {
        let words = CommentText.split(values.joined(separator: " "), on: " ")
        let written = CommentText.trim(words.first ?? "")
        let name = written.isEmpty ? BackgroundMode.Mode.info.rawValue : written
        guard let mode = BackgroundMode.Mode(rawValue: name) else {
            let modes = BackgroundMode.Mode.allCases.map(\.rawValue).joined(separator: "\", \"")
            throw ManifestError(
                "Invalid Background mode: \"\(name)\". Please specify `@background MODE` where MODE is one of: \"\(modes)\" (without quotes). If no mode is provided, the default \"info\" will be used.")
        }
        return BackgroundMode(mode: mode, value: CommentText.trim(words.dropFirst().joined(separator: " ")))
    }
}
