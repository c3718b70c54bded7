import ArgumentParser

@main
struct Instant: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "instant",
        abstract: "Create, check, inspect and document Instant API services and their endpoint manifests.",
        subcommands: [CheckCommand.self, InspectCommand.self, OpenAPICommand.self, NewCommand.self, GenerateCommand.self]
    )
}
