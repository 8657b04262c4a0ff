import ArgumentParser
import Program

struct ConferenceImport: ImportingCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract:
            "Import registrations from a CSV file (a sign-up form's export), again as it grows: all new rows or none.",
        discussion: """
            Columns (header row, any order; extra columns are ignored):
              name (required), email, phone,
              category (required: youth, parent, client-representative, municipality,
                care-provider, other — or the Dutch jongeren, ouders, … as
                `conference register` takes them),
              municipality, age-group (0-11, 12-15, 16-17, 18-23, 24+),
              parent-consent (required under 16), date (required, YYYY-MM-DD).
            Each row is one registration, checked by the same rules as
            `conference register`, in order: when the conference fills up, later rows go
            on the waitlist. A bad row rejects the whole file, naming the row (the header
            is row 1) and the column.

            Repeatable: import the form's export again as it grows. A row whose person is
            registered for the conference with the same details is already recorded and
            skipped; only new rows are recorded. A person is the e-mail address (trimmed,
            without case): a second row with the same address, in the file or registered
            with other details, is refused ("row 7, column email: … is already registered
            for C1 as A12 (row 3)"). A row without e-mail is matched on name, date and
            category. A person whose data was erased (`privacy forget`) can no longer be
            matched: importing their row again registers them anew.
            Prints how many rows were added, already recorded and refused.

            Example:  programctl conference import C1 aanmeldingen.csv --as K1
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The conference, e.g. C1.")
    var conference: ConferenceID

    @Argument(help: "The CSV file.")
    var file: String

    static let requiredColumns = ["name", "category", "date"]

    func command(_ row: CSVFile.Row) throws(RuleViolation) -> Command {
        .register(
            Register(
                conference: conference,
                category: try row.choice("category"),
                name: try row.required("name"), email: row.optional("email"), phone: row.optional("phone"),
                municipality: row.optional("municipality"),
                ageGroup: try row.parsedOptional(
                    "age-group", expected: "an age group (0-11, 12-15, 16-17, 18-23, 24+)"
                ) {
                    AgeGroup(rawValue: $0)
                },
                parentConsentBy: row.optional("parent-consent"),
                date: try row.parsed("date", expected: Day.expected, Day.init(iso:))))
    }
}
