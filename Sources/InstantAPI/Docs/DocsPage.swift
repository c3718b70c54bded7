import InstantAPICore

/// The `/docs` page: every public endpoint with its methods, description, parameters, returns,
/// streams and modes, and a form per method that sends a request and shows the answer
/// (event by event for `_stream`). Server-rendered once per load from the same definitions the
/// gateway enforces; the only script is ours (``DocsPageAssets``), nothing is fetched from
/// elsewhere.
enum DocsPage {
    /// The whole page. `problems` (`file:line: error: …` lines of a reload that failed) are
    /// shown above the endpoints.
    static func render(definitions: [EndpointDefinition], title: String, problems: [String] = []) -> [UInt8] {
        let visible = definitions.filter { !$0.isPrivate }.sorted { ($0.route, $0.method?.rawValue ?? "") < ($1.route, $1.method?.rawValue ?? "") }
        var html = """
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(title)) · API docs</title>
            <style>\(DocsPageAssets.style)</style>
            </head>
            <body>
            <header><h1>\(escape(title))</h1>
            <p>\(visible.count) endpoint method\(visible.count == 1 ? "" : "s"). Machine-readable: <a href="/.well-known/openapi.json" data-href=".well-known/openapi.json">OpenAPI</a>.</p></header>
            <main>

            """
        if !problems.isEmpty {
            html += "<section class=\"problems\" role=\"alert\"><h2>Manifest problems</h2>"
            html += "<p>The last change did not load; the endpoints below are the last ones that did.</p><ul>"
            for problem in problems { html += "<li><code>\(escape(problem))</code></li>" }
            html += "</ul></section>\n"
        }
        html += "<nav aria-label=\"Endpoints\"><ul>"
        for (index, definition) in visible.enumerated() {
            html += "<li><a href=\"#e\(index)\">\(methodLabel(definition)) <code>\(escape(path(definition)))</code></a></li>"
        }
        html += "</ul></nav>\n"
        for (index, definition) in visible.enumerated() {
            html += endpoint(definition, id: "e\(index)")
        }
        html += "</main>\n<script>\(DocsPageAssets.script)</script>\n</body>\n</html>\n"
        return Array(html.utf8)
    }

    /// `/v1/weather/current/`; a not-found handler `v1:notfound` as `/v1/…`.
    private static func path(_ definition: EndpointDefinition) -> String {
        let route = definition.route
        if route.hasSuffix(":notfound") {
            let folder = route.dropLast(":notfound".count)
            return folder.isEmpty ? "/…" : "/\(folder)/…"
        }
        return route.isEmpty ? "/" : "/\(route)/"
    }

    private static func methodLabel(_ definition: EndpointDefinition) -> String {
        definition.method?.rawValue ?? "ANY"
    }

    private static func endpoint(_ definition: EndpointDefinition, id: String) -> String {
        var html = "<section class=\"endpoint\" id=\"\(id)\" aria-labelledby=\"\(id)-title\">\n"
        html += "<h2 id=\"\(id)-title\"><span class=\"method\">\(methodLabel(definition))</span> <code>\(escape(path(definition)))</code></h2>\n"
        if !definition.description.isEmpty { html += "<p class=\"description\">\(escape(definition.description))</p>\n" }
        var modes: [String] = []
        if let background = definition.background { modes.append("<span class=\"badge\">@background \(escape(background.mode.rawValue))</span>") }
        if let origins = definition.origins { modes.append("<span class=\"badge\">@origin \(escape(origins.joined(separator: " ")))</span>") }
        if definition.streams?.isEmpty == false { modes.append("<span class=\"badge\">streams</span>") }
        if !modes.isEmpty { html += "<p>\(modes.joined(separator: " "))</p>\n" }
        html += "<h3>Parameters</h3>\n" + (definition.params.isEmpty ? "<p>None.</p>\n" : table(definition.params))
        html += "<h3>Returns</h3>\n" + table([definition.returns], nameHeader: "Name")
        if let streams = definition.streams, !streams.isEmpty {
            html += "<h3>Streams <small>(<code>?_stream</code>)</small></h3>\n" + table(streams)
        }
        if definition.route.hasSuffix(":notfound") {
            html += "<p>Answers every request below its folder that no other route takes.</p>\n"
        } else {
            html += form(definition, id: id)
        }
        return html + "</section>\n"
    }

    private static func table(_ parameters: [Parameter], nameHeader: String = "Parameter") -> String {
        var html = "<div class=\"scroll\"><table><thead><tr><th scope=\"col\">\(nameHeader)</th><th scope=\"col\">Type</th><th scope=\"col\">Constraints</th><th scope=\"col\">Description</th></tr></thead><tbody>\n"
        for parameter in parameters { html += rows(parameter, prefix: "") }
        return html + "</tbody></table></div>\n"
    }

    private static func rows(_ parameter: Parameter, prefix: String) -> String {
        let name = prefix + parameter.name
        var constraints: [String] = [parameter.isOptional ? "optional" : "required"]
        if let value = parameter.defaultValue, value != .null { constraints.append("default <code>\(escape(value.jsonString()))</code>") }
        if parameter.isNullable { constraints.append("nullable") }
        if let range = parameter.range {
            constraints.append("range \(range.min.map { JSONValue.number($0).jsonString() } ?? "…") to \(range.max.map { JSONValue.number($0).jsonString() } ?? "…")")
        }
        if let size = parameter.size {
            constraints.append("size \(size.min.map(String.init) ?? "0")..\(size.max.map(String.init) ?? "…")")
        }
        if let members = parameter.members {
            let listed = members.map { "<code>\(escape($0.key))</code> → <code>\(escape($0.value.jsonString()))</code>" }
            constraints.append("one of " + listed.joined(separator: ", "))
        }
        if let values = parameter.options?.values {
            constraints.append("one of " + values.map { "<code>\(escape($0.jsonString()))</code>" }.joined(separator: ", "))
        }
        var html = "<tr><th scope=\"row\"><code>\(escape(name.isEmpty ? "(value)" : name))</code></th><td><code>\(escape(parameter.type.rawValue))</code></td><td>\(constraints.joined(separator: "; "))</td><td>\(escape(parameter.description))</td></tr>\n"
        let childPrefix = name.isEmpty ? "" : name + (parameter.type == .array ? "[]." : ".")
        for child in parameter.schema ?? [] where !child.name.isEmpty || parameter.type == .array {
            html += rows(child, prefix: child.name.isEmpty ? String(childPrefix.dropLast()) : childPrefix)
        }
        return html
    }

    /// The try-it form; its fields say how the script encodes them (`data-kind`).
    private static func form(_ definition: EndpointDefinition, id: String) -> String {
        var html = "<form class=\"try\" data-route=\"\(escape(String(path(definition).dropFirst())))\" aria-label=\"Try \(methodLabel(definition)) \(escape(path(definition)))\">\n"
        html += "<fieldset><legend>Try it</legend>\n"
        if let method = definition.method {
            html += "<input type=\"hidden\" name=\"_method\" value=\"\(method.rawValue)\">\n"
        } else {
            html += "<label for=\"\(id)-method\">Method</label><select id=\"\(id)-method\" name=\"_method\"><option>POST</option><option>GET</option><option>PUT</option><option>DELETE</option></select>\n"
        }
        for (index, parameter) in definition.params.enumerated() {
            let field = "\(id)-p\(index)"
            let hint = parameter.isOptional ? "optional" : "required"
            html += "<label for=\"\(field)\"><code>\(escape(parameter.name))</code> <small>\(escape(parameter.type.rawValue)), \(hint)</small></label>\n"
            html += input(parameter, id: field)
        }
        if definition.streams?.isEmpty == false {
            html += "<label class=\"check\"><input type=\"checkbox\" name=\"_stream\" data-kind=\"stream\"> Stream events (<code>_stream</code>)</label>\n"
        }
        html += "<button type=\"submit\">Send</button>\n</fieldset>\n"
        html += "<div class=\"result\" aria-live=\"polite\"><p class=\"status\"></p><pre class=\"headers\"></pre><ol class=\"events\"></ol><pre class=\"body\"></pre></div>\n"
        return html + "</form>\n"
    }

    private static func input(_ parameter: Parameter, id: String) -> String {
        let name = "name=\"\(escape(parameter.name))\" id=\"\(id)\""
        switch parameter.type {
        case .boolean:
            return "<select \(name) data-kind=\"json\"><option value=\"\">(default)</option><option>true</option><option>false</option></select>\n"
        case .enum:
            let options = (parameter.members ?? []).map { "<option>\(escape($0.key))</option>" }.joined()
            return "<select \(name) data-kind=\"text\"><option value=\"\">(default)</option>\(options)</select>\n"
        case .number, .float, .integer:
            return "<input type=\"number\" step=\"any\" \(name) data-kind=\"json\">\n"
        case .string:
            return "<input type=\"text\" \(name) data-kind=\"text\">\n"
        default:
            return "<textarea rows=\"2\" \(name) data-kind=\"json\" placeholder=\"JSON\"></textarea>\n"
        }
    }

    static func escape(_ text: String) -> String {
        HTMLText.escape(text)
    }
}
