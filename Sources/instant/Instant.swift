import ArgumentParser

@main
struct Instant: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "instant",
        abstract: "Check, inspect and document Instant API endpoint manifests.",
        subcommands: [CheckCommand.self, InspectCommand.self, OpenAPICommand.self]
    )
}
