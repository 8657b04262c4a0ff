import ArgumentParser
import Program

struct InputImport: ImportingCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import inputs from a CSV file (e.g. a survey's export), again as it grows: all new rows or none.",
        discussion: """
            Columns (header row, any order; extra columns are ignored):
              pillar (required, 1–3),
              source (required: youth, parent, client-representative, professional,
                municipality, care-provider, other — or the Dutch jongeren, ouders, …),
              channel (required: conference, survey, client-council, interview, online,
                meeting, letter, other — or the Dutch conferentie, enquête, …),
              municipality, themes (separated by ;), date (required), summary (required),
              level (required, 1–6), quote.
            A bad row rejects the whole file, naming the row (the header is row 1) and the
            column.

            Repeatable: a row identical in date, pillar, source, channel, municipality,
            themes, summary and level to an input already recorded is skipped, counted by
            occurrence (the third identical row matches the third identical input), so
            importing the file again records only its new rows. The quote is not compared.
            Prints how many rows were added, already recorded and refused.

            Example:  programctl input import enquete-2023.csv --as K1
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The CSV file.")
    var file: String

    static let requiredColumns = ["pillar", "source", "channel", "date", "summary", "level"]

    func command(_ row: CSVFile.Row) throws(RuleViolation) -> Command {
        .addInput(
            AddInput(
                pillar: try row.parsed("pillar", expected: "a pillar number") { Int($0) },
                source: try row.choice("source"),
                channel: try row.choice("channel"),
                municipality: row.optional("municipality"),
                themes: row.optional("themes")?.split(separator: ";").map(String.init) ?? [],
                date: try row.parsed("date", expected: Day.expected, Day.init(iso:)),
                summary: try row.required("summary"),
                participationLevel: try row.parsed("level", expected: "a participation level (1–6)") {
                    ParticipationLevel(text: $0)
                },
                quote: row.optional("quote")))
    }
}
