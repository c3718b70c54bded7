/// Where a rejected value went wrong: the original's `mismatch.stack`, joined with `.` into
/// `userData.user.posts[0].messages[2]`.
///
/// Computed only after a value was rejected, by walking it again, so accepting a value never
/// builds paths. The rules are the original's (§12.3): a failing object member adds its name, a
/// failing array element turns the last segment into `last[i]`, a non-array where an array is
/// expected gives `last[]`, and a non-object where an object is expected gives the current path;
/// a failing scalar sets nothing (its parent does). The first failure found wins, walking
/// alternatives, schemas and members in the order written (the original walks `OR` schemas
/// before the main one, and can keep a path from a branch that later matched; we do not).
extension CompiledParameter {
    /// The path, or `nil` when the failure has no location (a scalar at the top).
    func mismatchPath(_ value: JSONValue, stack: [String], depth: Int = 0) -> [String]? {
        guard depth < BufferFormat.maxDepth else { return nil }
        for alternative in alternatives {
            if let path = alternative.mismatchPath(value, stack: stack, depth: depth) { return path }
        }
        return nil
    }
}

extension CompiledType {
    func mismatchPath(_ value: JSONValue, stack: [String], depth: Int) -> [String]? {
        switch type {
        case .object:
            guard case .object(let object) = value else { return stack }
            for schema in schemas {
                for member in schema {
                    let memberStack = stack + [member.name]
                    guard let memberValue = object[member.name] else {
                        if member.isOptional { continue }
                        return memberStack
                    }
                    if member.acceptsMember(memberValue) { continue }
                    return member.mismatchPath(memberValue, stack: memberStack, depth: depth + 1) ?? memberStack
                }
            }
            return nil
        case .array:
            guard case .array(let items) = value else { return Self.replacingLast(stack, suffix: "[]") }
            guard let element else { return nil }
            for (index, item) in items.enumerated() where !element.acceptsMember(item) {
                let itemStack = Self.replacingLast(stack, suffix: "[\(index)]")
                return element.mismatchPath(item, stack: itemStack, depth: depth + 1) ?? itemStack
            }
            return nil
        default:
            return nil
        }
    }

    private static func replacingLast(_ stack: [String], suffix: String) -> [String] {
        guard let last = stack.last else { return [] }
        var result = stack
        result[result.count - 1] = last + suffix
        return result
    }
}
