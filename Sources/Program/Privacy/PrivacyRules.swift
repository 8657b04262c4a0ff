/// Rules for privacy requests.
extension Rules {
    func forgetSubject(_ command: ForgetSubject) throws(RuleViolation) -> [ProgramEvent] {
        try checkSubject(command.subject)
        if state.forgottenSubjects.contains(command.subject) {
            throw RuleViolation("subject", "\(command.subject) was already forgotten")
        }
        let reason = try Text.validated(command.reason, field: "reason")
        try checkFactDate(command.date)
        return [.subjectForgotten(SubjectForgotten(subject: command.subject, date: command.date, reason: reason))]
    }

    func recordDataExport(_ command: RecordDataExport) throws(RuleViolation) -> [ProgramEvent] {
        try checkSubject(command.subject)
        try checkFactDate(command.date)
        return [.subjectDataExported(SubjectDataExported(subject: command.subject, date: command.date))]
    }

    private func checkSubject(_ subject: SubjectID) throws(RuleViolation) {
        if !state.subjects.contains(subject) {
            throw RuleViolation("subject", "\(subject) is not a data subject in this programme")
        }
    }
}
