extension RequestParameters {
    /// Query first, then body; a body key that is also in the query is
    /// `Can not specify "<key>" in both query and body parameters`.
    ///
    /// Query values are always convertible; body values when `body.convertible`.
    public static func merge(query: JSONObject, body: ParsedBody) throws(ParameterParseError) -> RequestParameters {
        guard !body.parameters.isEmpty else { return RequestParameters(values: query, convertibleLeading: query.count) }
        if query.isEmpty {
            return RequestParameters(values: body.parameters, convertibleLeading: body.convertible ? body.parameters.count : 0)
        }
        var values = query
        values.reserveCapacity(query.count + body.parameters.count)
        for (key, value) in body.parameters {
            guard values.updateValue(value, forKey: key) == nil else {
                throw ParameterParseError("Can not specify \"\(key)\" in both query and body parameters")
            }
        }
        // The merged keys are the query's, then the body's: the convertible ones lead.
        return RequestParameters(values: values, convertibleLeading: body.convertible ? values.count : query.count)
    }
}
