import PayloadDecoding

extension JSONValue {
    /// The value with every sealed personal field (`{"subject": …, "sealed": …}`) emptied.
    var withoutPersonalData: JSONValue {
        switch self {
        case .array(let values):
            return .array(values.map(\.withoutPersonalData))
        case .object(let fields):
            if Set(fields.keys) == ["subject", "sealed"] {
                return .object(["subject": fields["subject"]!, "sealed": .null])
            }
            return .object(fields.mapValues(\.withoutPersonalData))
        default:
            return self
        }
    }
}
