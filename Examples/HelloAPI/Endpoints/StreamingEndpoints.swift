import Foundation
import Hummingbird
import InstantAPI

/// One streamed piece of a completion (`@stream {object} chunk`).
struct CompletionChunk: Encodable, Sendable {
    let id: String
    let index: Int
    let delta: String
    let finishReason: String?
}

struct Completion: Encodable, Sendable {
    let content: String
    let tokens: Int
}

struct WebhookResult: Encodable, Sendable {
    let event: String
    let processed: Bool
}

/// The endpoints that show the execution modes: an LLM-style token stream (`?_stream`), a
/// webhook that can be acknowledged at once (`?_background`) and a traced job (`?_debug`).
func registerStreamingEndpoints<Context: RequestContext>(on gateway: Gateway<Context>) {
    gateway.register("ai/complete", method: nil) { context in
        let prompt = context.params["prompt"]?.stringValue ?? ""
        let maxTokens = Int(context.params["maxTokens"]?.numberValue ?? 48)
        let id = "cmpl-\(context.uuid.prefix(8))"
        let answer = "You asked: \(prompt). Here is a thoughtful answer, streamed one token at a time so the first words arrive before the last ones are written."
        let tokens = answer.split(separator: " ", omittingEmptySubsequences: true).map { "\($0) " }
        var content = ""
        for (index, token) in tokens.prefix(maxTokens).enumerated() {
            // A model takes a moment per token; the sleep also ends at once when the client leaves.
            try await Task.sleep(for: .milliseconds(30))
            let last = index == min(maxTokens, tokens.count) - 1
            let reason = last ? (tokens.count > maxTokens ? "length" : "stop") : nil
            try await context.stream("chunk", CompletionChunk(id: id, index: index, delta: token, finishReason: reason))
            content += token
        }
        return Completion(content: content, tokens: min(maxTokens, tokens.count))
    }

    gateway.register("webhooks/github", method: .post) { context in
        let event = context.params["event"]?.stringValue ?? ""
        context.log("processing \(event) delivery")
        // Stands in for slow work (calling other services, writing to a database).
        try await Task.sleep(for: .seconds(2))
        context.log("processed \(event) delivery")
        return WebhookResult(event: event, processed: true)
    }

    gateway.register("debug/trace", method: nil) { context in
        let steps = Int(context.params["steps"]?.numberValue ?? 3)
        for step in 1...max(1, steps) {
            context.log("step \(step) of \(steps)")
            try await Task.sleep(for: .milliseconds(100))
        }
        context.error("finished with a warning: this is only a demonstration")
        return steps
    }
}
