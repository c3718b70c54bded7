import Foundation
import Hummingbird
import InstantAPI

/// The endpoints that show the execution modes: an LLM-style token stream (`?_stream`), a
/// webhook that can be acknowledged at once (`?_background`) and a traced job (`?_debug`).
extension HelloAPI {
    func aiComplete(
        prompt: String, maxTokens: Int, context: StreamingContext<Context, Operations.AiComplete.Event>
    ) async throws -> Operations.AiComplete.Result {
        let id = "cmpl-\(context.uuid.prefix(8))"
        let answer = "You asked: \(prompt). Here is a thoughtful answer, streamed one token at a time so the first words arrive before the last ones are written."
        let tokens = answer.split(separator: " ", omittingEmptySubsequences: true).map { "\($0) " }
        var content = ""
        for (index, token) in tokens.prefix(maxTokens).enumerated() {
            // A model takes a moment per token; the sleep also ends at once when the client leaves.
            try await Task.sleep(for: .milliseconds(30))
            let last = index == min(maxTokens, tokens.count) - 1
            let reason = last ? (tokens.count > maxTokens ? "length" : "stop") : nil
            try await context.stream(.chunk(.init(id: id, index: index, delta: token, finishReason: reason)))
            content += token
        }
        return .init(content: content, tokens: min(maxTokens, tokens.count))
    }

    func postWebhooksGithub(event: String, payload: JSONObject, context: EndpointContext<Context>) async throws
        -> Operations.PostWebhooksGithub.Result
    {
        context.log("processing \(event) delivery")
        // Stands in for slow work (calling other services, writing to a database).
        try await Task.sleep(for: .seconds(2))
        context.log("processed \(event) delivery")
        return .init(event: event, processed: true)
    }

    func debugTrace(steps: Int, context: EndpointContext<Context>) async throws -> Operations.DebugTrace.Result {
        for step in 1...max(1, steps) {
            context.log("step \(step) of \(steps)")
            try await Task.sleep(for: .milliseconds(100))
        }
        context.error("finished with a warning: this is only a demonstration")
        return steps
    }
}
