import ArgumentParser

/// A witness for the programme's log, which a municipality or the funder runs: it cosigns the
/// secretary's checkpoints once it has checked that the log only grew (C2SP tlog-witness).
@main
struct Programwitness: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "programwitness",
        abstract: "A witness of the programme's log: cosigns checkpoints of a log that only grew (C2SP tlog-witness).",
        discussion: """
            A witness keeps, for each log it witnesses, the last checkpoint it \
            cosigned. It cosigns a new checkpoint only when the log's key signed it and a \
            consistency proof shows that the log grew from that one: it never cosigns a \
            smaller tree, nor another tree of the same size (a fork). Auditors who \
            require its cosignature (`programctl audit verify --witness KEY`) know that \
            the log did not show it another history. Step by step: docs/auditing.md \
            ("Witnesses"); running one: docs/operations.md.

            \(WitnessStartFailure.table)
            """,
        subcommands: [WitnessKeygen.self, WitnessServe.self])
}
