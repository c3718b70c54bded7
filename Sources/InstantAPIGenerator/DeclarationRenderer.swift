import InstantAPICore

/// Writes generated types with their conversions from and to the gateway's values.
struct DeclarationRenderer {
    /// `public `, `package ` or `` (internal).
    var access: String

    func write(_ declaration: Declaration, to out: inout CodeWriter) {
        switch declaration {
        case .structure(let structure): write(structure, to: &out)
        case .enumeration(let enumeration): write(enumeration, to: &out)
        case .union(let union): write(union, to: &out)
        }
    }

    private func write(_ structure: StructDeclaration, to out: inout CodeWriter) {
        out.doc(structure.description)
        out.block("\(access)struct \(structure.name): ManifestValue, Hashable") { out in
            for member in structure.members {
                out.doc(member.description)
                out.line("\(access)var \(SwiftNaming.escaped(member.swiftName)): \(member.type.rendered())")
            }
            out.line()
            let arguments = structure.members.map { member -> String in
                let defaultValue = member.type.isOptional ? " = nil" : ""
                return "\(SwiftNaming.escaped(member.swiftName)): \(member.type.rendered())\(defaultValue)"
            }
            out.block("\(access)init(\(arguments.joined(separator: ", ")))") { out in
                for member in structure.members {
                    let name = SwiftNaming.escaped(member.swiftName)
                    out.line("self.\(name) = \(name)")
                }
            }
            out.line()
            out.block("\(access)init(manifestValue value: JSONValue) throws(ManifestValueError)") { out in
                out.line("let object = try ManifestMembers.object(value)")
                for member in structure.members {
                    out.line(
                        "self.\(SwiftNaming.escaped(member.swiftName)) = try ManifestMembers.member(object, \(SwiftLiteral.string(member.key)))")
                }
            }
            out.line()
            out.block("\(access)var manifestValue: JSONValue") { out in
                out.line("var object = JSONObject(minimumCapacity: \(structure.members.count))")
                for member in structure.members {
                    // `self.`: a member may be called `object` or `member`.
                    let name = "self." + SwiftNaming.escaped(member.swiftName)
                    let key = SwiftLiteral.string(member.key)
                    if member.mayBeMissing, member.type.isOptional {
                        // As a synthesized Encodable: a nil member is left out.
                        out.line("if let member = \(name) { object[\(key)] = member.manifestValue }")
                    } else {
                        out.line("object[\(key)] = \(name).manifestValue")
                    }
                }
                out.line("return .object(object)")
            }
            for nested in structure.nested {
                out.line()
                write(nested, to: &out)
            }
        }
    }

    private func write(_ enumeration: EnumDeclaration, to out: inout CodeWriter) {
        out.doc(enumeration.description)
        let raw = enumeration.stringRawValues
        out.block("\(access)enum \(enumeration.name): \(raw == nil ? "" : "String, ")ManifestValue, Hashable, CaseIterable") { out in
            for (index, member) in enumeration.cases.enumerated() {
                let rawValue = raw.map { " = " + SwiftLiteral.string($0[index]) } ?? ""
                out.line("case \(SwiftNaming.escaped(member.swiftName))\(rawValue)")
            }
            out.line()
            out.line("/// The member's key, as clients send it.")
            out.block("\(access)var key: String") { out in
                out.block("switch self") { out in
                    for member in enumeration.cases {
                        out.line("case .\(SwiftNaming.escaped(member.swiftName)): return \(SwiftLiteral.string(member.key))")
                    }
                }
            }
            out.line()
            out.line("/// The member's value, as the endpoint receives it.")
            out.block("\(access)var value: JSONValue") { out in
                out.block("switch self") { out in
                    for member in enumeration.cases {
                        out.line("case .\(SwiftNaming.escaped(member.swiftName)): return \(SwiftLiteral.json(member.value))")
                    }
                }
            }
            out.line()
            out.block("\(access)init(manifestValue value: JSONValue) throws(ManifestValueError)") { out in
                if enumeration.usesMemberValues {
                    // Two members may share a value: the first one written wins.
                    for member in enumeration.cases {
                        out.line("if value == \(SwiftLiteral.json(member.value)) { self = .\(SwiftNaming.escaped(member.swiftName)); return }")
                    }
                    out.line("throw ManifestValueError(expected: \"enum\", actual: value)")
                } else {
                    out.block("switch value") { out in
                        for member in enumeration.cases {
                            out.line("case .string(\(SwiftLiteral.string(member.key))): self = .\(SwiftNaming.escaped(member.swiftName))")
                        }
                        out.line("default: throw ManifestValueError(expected: \"enum\", actual: value)")
                    }
                }
            }
            out.line()
            out.line("\(access)var manifestValue: JSONValue { \(enumeration.usesMemberValues ? "value" : ".string(key)") }")
        }
    }

    private func write(_ union: UnionDeclaration, to out: inout CodeWriter) {
        out.doc(union.description)
        out.block("\(access)enum \(union.name): ManifestValue, Hashable") { out in
            for member in union.cases {
                out.line("case \(SwiftNaming.escaped(member.swiftName))(\(member.type.rendered()))")
            }
            out.line()
            out.line("/// The first alternative, in the order the manifest writes them, that the value converts to.")
            out.block("\(access)init(manifestValue value: JSONValue) throws(ManifestValueError)") { out in
                for member in union.cases {
                    let name = SwiftNaming.escaped(member.swiftName)
                    out.line(
                        "if let alternative = try? \(member.type.rendered())(manifestValue: value) { self = .\(name)(alternative); return }")
                }
                out.line("throw ManifestValueError(expected: \(SwiftLiteral.string(union.manifestName)), actual: value)")
            }
            out.line()
            out.block("\(access)var manifestValue: JSONValue") { out in
                out.block("switch self") { out in
                    for member in union.cases {
                        out.line("case .\(SwiftNaming.escaped(member.swiftName))(let alternative): return alternative.manifestValue")
                    }
                }
            }
            for nested in union.nested {
                out.line()
                write(nested, to: &out)
            }
        }
    }
}

extension SwiftType {
    var isOptional: Bool {
        if case .optional = self { return true }
        return false
    }
}
