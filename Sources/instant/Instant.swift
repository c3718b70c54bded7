import ArgumentParser

@main
struct Instant: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "instant",
        abstract: "Check and inspect Instant API endpoint manifests.",
        subcommands: [CheckCommand.self, InspectCommand.self]
    )
}
