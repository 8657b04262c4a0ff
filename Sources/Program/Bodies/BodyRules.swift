/// Rules for the participation bodies beside the core group and their membership.
extension Rules {
    func establishBody(_ command: EstablishBody) throws(RuleViolation) -> [ProgramEvent] {
        let name = try Text.validated(command.name, field: "name")
        if let same = state.bodies.values.first(where: { $0.name.lowercased() == name.lowercased() }) {
            throw RuleViolation("name", "\(same.id) is already called '\(same.name)'")
        }
        try checkFactDate(command.date)
        if command.constituencies.isEmpty {
            throw RuleViolation("constituency", "name whom the body speaks for (at least one constituency)")
        }
        if Set(command.constituencies).count != command.constituencies.count {
            throw RuleViolation("constituency", "names a constituency twice")
        }
        let municipality = try command.municipality.map { (text: String) throws(RuleViolation) in
            try self.municipality(text, on: command.date).code
        }
        return [
            .bodyEstablished(
                BodyEstablished(
                    body: state.nextID(), name: name, type: command.type, constituencies: command.constituencies,
                    municipality: municipality, bindingAdvice: command.bindingAdvice, date: command.date))
        ]
    }

    func joinBody(_ command: JoinBody) throws(RuleViolation) -> [ProgramEvent] {
        let body = try self.body(command.body)
        let name = try Text.validated(command.name, field: "name")
        try checkFactDate(command.date)
        if command.date < body.established {
            throw RuleViolation(
                "date", "\(body.id) was established on \(body.established): members join on or after that day")
        }
        if !body.constituencies.contains(command.constituency) {
            throw RuleViolation(
                "constituency",
                "\(body.id) (\(body.name)) speaks for \(body.constituencies.map(\.rawValue).joined(separator: ", ")), not for \(command.constituency.rawValue)"
            )
        }
        let constituency = try self.constituency(command.constituency, represents: command.represents, on: command.date)
        let subject: SubjectID = state.nextID()
        return [
            .bodyMemberJoined(
                BodyMemberJoined(
                    member: state.nextID(), body: body.id, name: Sealed(name, subject: subject),
                    constituency: constituency, date: command.date))
        ]
    }

    func leaveBody(_ command: LeaveBody) throws(RuleViolation) -> [ProgramEvent] {
        guard let member = state.bodyMembers[command.member] else {
            throw RuleViolation("member", "\(command.member) is not a member of a participation body")
        }
        if let left = member.left {
            throw RuleViolation("member", "\(command.member) already left \(member.body) on \(left)")
        }
        try checkFactDate(command.date)
        if command.date <= member.joined {
            throw RuleViolation("date", "\(command.member) joined on \(member.joined): leaving must come after")
        }
        let reason = try Text.validatedOptional(command.reason, field: "reason", limit: Text.paragraphLimit)
        return [
            .bodyMemberLeft(BodyMemberLeft(member: member.id, body: member.body, date: command.date, reason: reason))
        ]
    }

    /// A participation body that was established.
    func body(_ id: BodyID, field: String = "body") throws(RuleViolation) -> Body {
        guard let body = state.bodies[id] else {
            throw RuleViolation(field, "\(id) is not a participation body (programctl body add establishes one)")
        }
        return body
    }
}
