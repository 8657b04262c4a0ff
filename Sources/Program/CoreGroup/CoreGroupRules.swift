/// Rules for the core group's membership.
extension Rules {
    func addMember(_ command: AddMember) throws(RuleViolation) -> [ProgramEvent] {
        let name = try Text.validated(command.name, field: "name")
        try checkFactDate(command.date)
        let constituency = try self.constituency(command.constituency, represents: command.represents, on: command.date)
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
