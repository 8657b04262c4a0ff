/// Rules for the core group's membership.
extension Rules {
    func addMember(_ command: AddMember) throws(RuleViolation) -> [ProgramEvent] {
        let name = try Text.validated(command.name, field: "name")
        try checkFactDate(command.date)
        if command.constituency.speaksForClients, let represents = command.represents {
            throw RuleViolation(
                "represents",
                "a \(command.constituency.rawValue) member represents no municipality or care provider: leave out '\(represents)'"
            )
        }
        let constituency: Constituency
        switch command.constituency {
        case .youth: constituency = .youth
        case .parent: constituency = .parent
        case .clientRepresentative: constituency = .clientRepresentative
        case .municipality:
            guard let represents = command.represents else {
                throw RuleViolation("represents", "a municipality member names the municipality they represent")
            }
            constituency = .municipality(
                code: try municipality(represents, on: command.date, field: "represents").code)
        case .careProvider:
            guard let represents = command.represents else {
                throw RuleViolation("represents", "a care provider member names the care provider they represent")
            }
            constituency = .careProvider(name: try Text.validated(represents, field: "represents"))
        }
        let subject: SubjectID = state.nextID()
        return [
            .memberJoined(
                MemberJoined(
                    member: state.nextID(), name: Sealed(name, subject: subject), constituency: constituency,
                    date: command.date))
        ]
    }

    func removeMember(_ command: RemoveMember) throws(RuleViolation) -> [ProgramEvent] {
        guard let member = state.members[command.member] else {
            throw RuleViolation("member", "\(command.member) is not a member of the core group")
        }
        if let left = member.left {
            throw RuleViolation("member", "\(command.member) already left the core group on \(left)")
        }
        try checkFactDate(command.date)
        if command.date <= member.joined {
            throw RuleViolation("date", "\(command.member) joined on \(member.joined): leaving must come after")
        }
        let reason = try Text.validatedOptional(command.reason, field: "reason", limit: Text.paragraphLimit)
        return [.memberLeft(MemberLeft(member: command.member, date: command.date, reason: reason))]
    }
}
