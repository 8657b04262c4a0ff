import Foundation
import Program
import Projections

/// The open-data catalogue (DCAT-AP-NL 3.0, JSON-LD) at `/api/v2/catalog`: one dataset per report
/// table, each with its two CSV files as distributions, the programme as publisher, the period it
/// covers and the licence. Addresses are relative to the catalogue's own, as JSON-LD resolves
/// them. Every field is described in docs/open-data.md.
struct Catalogue: Encodable {
    /// The licence of everything programd publishes: CC0 1.0 (no rights reserved), as the Dutch
    /// government recommends for open data.
    static let licence = "http://creativecommons.org/publicdomain/zero/1.0/"

    struct Term: Encodable {
        let id: String
        enum CodingKeys: String, CodingKey { case id = "@id" }
    }

    struct Text: Encodable {
        let value: String
        let language: String
        enum CodingKeys: String, CodingKey {
            case value = "@value"
            case language = "@language"
        }
    }

    struct Typed: Encodable {
        let value: String
        let type: String
        enum CodingKeys: String, CodingKey {
            case value = "@value"
            case type = "@type"
        }
        static func date(_ day: Day) -> Typed { Typed(value: day.iso, type: "xsd:date") }
    }

    struct Agent: Encodable {
        let type = "foaf:Agent"
        let name: [Text]
        enum CodingKeys: String, CodingKey {
            case type = "@type"
            case name = "foaf:name"
        }
    }

    struct Period: Encodable {
        let type = "dct:PeriodOfTime"
        let start: Typed
        let end: Typed
        enum CodingKeys: String, CodingKey {
            case type = "@type"
            case start = "dcat:startDate"
            case end = "dcat:endDate"
        }
    }

    struct Distribution: Encodable {
        let id: String
        let type = "dcat:Distribution"
        let title: [Text]
        let accessURL: Term
        let downloadURL: Term
        let mediaType = Term(id: "http://www.iana.org/assignments/media-types/text/csv")
        let format = Term(id: "http://publications.europa.eu/resource/authority/file-type/CSV")
        let license = Term(id: Catalogue.licence)
        enum CodingKeys: String, CodingKey {
            case id = "@id"
            case type = "@type"
            case title = "dct:title"
            case accessURL = "dcat:accessURL"
            case downloadURL = "dcat:downloadURL"
            case mediaType = "dcat:mediaType"
            case format = "dct:format"
            case license = "dct:license"
        }
    }

    struct Dataset: Encodable {
        let id: String
        let type = "dcat:Dataset"
        let identifier: String
        let title: [Text]
        let description: [Text]
        let publisher: Agent
        let temporal: Period
        let modified: Typed
        let language = Term(id: "http://publications.europa.eu/resource/authority/language/NLD")
        let theme = Term(id: "http://publications.europa.eu/resource/authority/data-theme/SOCI")
        let accessRights = Term(id: "http://publications.europa.eu/resource/authority/access-right/PUBLIC")
        let license = Term(id: Catalogue.licence)
        let distribution: [Distribution]
        enum CodingKeys: String, CodingKey {
            case id = "@id"
            case type = "@type"
            case identifier = "dct:identifier"
            case title = "dct:title"
            case description = "dct:description"
            case publisher = "dct:publisher"
            case temporal = "dct:temporal"
            case modified = "dct:modified"
            case language = "dct:language"
            case theme = "dcat:theme"
            case accessRights = "dct:accessRights"
            case license = "dct:license"
            case distribution = "dcat:distribution"
        }
    }

    let context: [String: String] = [
        "dcat": "http://www.w3.org/ns/dcat#", "dct": "http://purl.org/dc/terms/",
        "foaf": "http://xmlns.com/foaf/0.1/", "xsd": "http://www.w3.org/2001/XMLSchema#",
    ]
    let id: String
    let type = "dcat:Catalog"
    let title: [Text]
    let description: [Text]
    let publisher: Agent
    let language = Term(id: "http://publications.europa.eu/resource/authority/language/NLD")
    let license = Term(id: Catalogue.licence)
    let modified: Typed
    let dataset: [Dataset]

    enum CodingKeys: String, CodingKey {
        case context = "@context"
        case id = "@id"
        case type = "@type"
        case title = "dct:title"
        case description = "dct:description"
        case publisher = "dct:publisher"
        case language = "dct:language"
        case license = "dct:license"
        case modified = "dct:modified"
        case dataset = "dcat:dataset"
    }

    /// The catalogue at `root` (`/api/v2`) of a programme's report, its tables in Dutch and English.
    init(root: String, projection: ProgrammeProjection, dutch: [ReportDocument.Table], english: [ReportDocument.Table])
    {
        id = root + "/catalog"
        let definition = projection.state.definition
        let name = definition?.name ?? "programme"
        publisher = Agent(name: [
            Text(value: "Kerngroep \(name)", language: "nl"), Text(value: "Core group, \(name)", language: "en"),
        ])
        title = [
            Text(value: "Open data: \(name)", language: "nl"), Text(value: "Open data: \(name)", language: "en"),
        ]
        description = [
            Text(
                value:
                    "De cijfers van de voortgangsrapportage, tabel voor tabel, uit het logboek van het programma. Aantallen van 1 tot 4 personen zijn verborgen.",
                language: "nl"),
            Text(
                value:
                    "The figures of the progress report, table by table, from the programme's log. Counts of 1 to 4 people are hidden.",
                language: "en"),
        ]
        let day = projection.asOfDay
        modified = .date(day)
        let period = Period(start: .date(definition?.startsOn ?? day), end: .date(day))
        let publisher = self.publisher
        dataset = zip(dutch, english).map { nl, en in
            let address = "\(root)/tables/\(nl.name)"
            return Dataset(
                id: address, identifier: nl.name,
                title: [Text(value: nl.caption, language: "nl"), Text(value: en.caption, language: "en")],
                description: [
                    Text(value: "Kolommen: " + nl.header.joined(separator: ", "), language: "nl"),
                    Text(value: "Columns: " + en.header.joined(separator: ", "), language: "en"),
                ],
                publisher: publisher, temporal: period, modified: .date(day),
                distribution: [
                    Distribution(
                        id: address + "#csv",
                        title: [
                            Text(value: "CSV voor programma's", language: "nl"),
                            Text(value: "CSV for programs", language: "en"),
                        ],
                        accessURL: Term(id: address), downloadURL: Term(id: address)),
                    Distribution(
                        id: address + "#excel-nl",
                        title: [
                            Text(value: "CSV voor Excel (Nederlands)", language: "nl"),
                            Text(value: "CSV for Excel set to Dutch", language: "en"),
                        ],
                        accessURL: Term(id: address + "?dialect=excel-nl"),
                        downloadURL: Term(id: address + "?dialect=excel-nl")),
                ])
        }
    }
}
