extension RequestParameters {
    /// Query first, then body; a body key that is also in the query is
    /// `Can not specify "<key>" in both query and body parameters`.
    ///
    /// Query values are always convertible; body values when `body.convertible`.
    public static func merge(query: JSONObject, body: ParsedBody) throws(ParameterParseError) -> RequestParameters {
        var values = query
        var convertible = Set(query.keys)
        guard !body.parameters.isEmpty else { return RequestParameters(values: values, convertible: convertible) }
        values.reserveCapacity(query.count + body.parameters.count)
        for (key, value) in body.parameters {
            guard values.updateValue(value, forKey: key) == nil else {
                throw ParameterParseError("Can not specify \"\(key)\" in both query and body parameters")
            }
            if body.convertible { convertible.insert(key) }
        }
        return RequestParameters(values: values, convertible: convertible)
    }
}
