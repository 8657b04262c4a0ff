/// Rules for published reports.
extension Rules {
    func publishReport(_ command: PublishReport) throws(RuleViolation) -> [ProgramEvent] {
        try checkFactDate(command.date)
        let isHex = { (text: String) in text.count == 64 && text.allSatisfy(\.isHexDigit) }
        guard isHex(command.digest) else { throw RuleViolation("digest", "must be 64 hexadecimal digits (SHA-256)") }
        guard isHex(command.headHash) else { throw RuleViolation("head", "must be 64 hexadecimal digits (SHA-256)") }
        guard command.position >= 1 else { throw RuleViolation("position", "must be a log position, from 1") }
        guard command.layout >= ReportPublished.firstLayout else {
            throw RuleViolation("layout", "must be a report layout, from \(ReportPublished.firstLayout)")
        }
        if let happenedBy = command.happenedBy, happenedBy > command.date {
            throw RuleViolation(
                "as-of", "\(happenedBy) is after the day of publication (\(command.date)): a report tells what happened"
            )
        }
        return [
            .reportPublished(
                ReportPublished(
                    report: state.nextID(), position: command.position, headHash: command.headHash,
                    digest: command.digest, format: command.format, language: command.language, date: command.date,
                    happenedBy: command.happenedBy, layout: command.layout))
        ]
    }
}
