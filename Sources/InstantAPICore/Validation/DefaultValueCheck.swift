/// The load-time check of a signature default against the comment's declared parameter
/// (the original's `compareParameters`, §10.3). Ranges, sizes and options count at every depth
/// and on alternate types, as they do at runtime.
public enum DefaultValueCheck {
    /// `nil` when `defaultValue` suits `parameter`; otherwise the original's message, e.g.
    /// `Parameter "b" type "number" does not match the default value "hello" ("string")` or
    /// `Parameter "x" defaultValue invalid: must be less than or equal to 5`.
    ///
    /// `impliedTypeName` is the type the default's literal implies (`string` for `"hello"`).
    public static func message(parameter: Parameter, defaultValue: JSONValue, impliedTypeName: String) -> String? {
        var declared = parameter
        // A `null` default makes the parameter nullable; any other default is checked as a value.
        declared.defaultValue = defaultValue.isNull ? .null : nil
        let compiled = CompiledParameter(declared)
        let shown = defaultValue.jsonString()
        switch compiled.resolve(defaultValue) {
        case .accepted:
            return nil
        case .brokenConstraint(let message):
            return "Parameter \"\(parameter.name)\" defaultValue invalid: \(message)"
        case .invalid:
            if parameter.type == .enum {
                return "Parameter \"\(parameter.name)\" does not have member \(shown)"
            }
            if parameter.schema != nil {
                return "Parameter \"\(parameter.name)\" schema does not match \(shown)"
            }
            if let values = parameter.options?.values {
                let list = JSONValue.array(values).jsonString()
                return "Parameter \"\(parameter.name)\" options (\(list)) do not contain \(shown)"
            }
            return "Parameter \"\(parameter.name)\" type \"\(parameter.type.name)\" does not match the default value \(shown) (\"\(impliedTypeName)\")"
        }
    }
}
