import Foundation
import Hummingbird
import Program
import Projections

/// The report's tables as open data: `tables` lists them, `tables/{name}` gives one as CSV —
/// for machines (default) or, with `?dialect=excel-nl`, for Excel set to Dutch ([docs/reports.md]).
extension APIRoutes {
    /// One table in the list: what it holds and where its CSV files are.
    struct TableLink: Encodable, Sendable {
        let name: String
        let caption: String
        let columns: [String]
        let csv: String
        let excel: String
    }

    func tables(_ api: RouterGroup<Context>) {
        let path = APIResource.tables.path
        api.get(RouterPath(path)) { request, _ in
            let query = Query(request)
            let language = try query.language()
            let snapshot = try await source.snapshot(at: try query.moment())
            let previous = try await source.previous(for: snapshot.projection)
            let carried = query.carried
            return try Respond.view(
                request, snapshot, version: version, key: "tables-\(language.rawValue)-\(carried)"
            ) { projection in
                Self.tables(of: projection, previous: previous, language: language, version: version).map {
                    let address = "\(version.root)/\(path)/\($0.name)\(carried)"
                    return TableLink(
                        name: $0.name, caption: $0.caption, columns: $0.header, csv: address,
                        excel: address + (carried.isEmpty ? "?" : "&")
                            + "dialect=\(TableCSV.Dialect.dutchExcel.rawValue)")
                }
            }
        }
        api.get(RouterPath(path + "/{name}")) { request, context in
            let query = Query(request)
            let language = try query.language()
            let name = try context.parameters.require("name")
            let text = query.parameters.get("dialect") ?? TableCSV.Dialect.machine.rawValue
            guard let dialect = TableCSV.Dialect(rawValue: text) else {
                throw InvalidParameter(name: "dialect", value: text, rule: .csvDialect)
            }
            let snapshot = try await source.snapshot(at: try query.moment())
            let previous = try await source.previous(for: snapshot.projection)
            let tables = Self.tables(
                of: snapshot.projection, previous: previous, language: language, version: version)
            guard let table = tables.first(where: { $0.name == name }) else {
                throw HTTPError(
                    .notFound, message: "there is no table \(name) (GET \(version.root)/\(path) lists them)")
            }
            return Respond.cached(
                request, snapshot, key: "v\(version.rawValue)-table-\(name)-\(dialect.rawValue)-\(language.rawValue)",
                contentType: "text/csv; charset=utf-8; header=present"
            ) { TableCSV(table, dialect: dialect, language: language).data }
        }
    }

    /// The open-data catalogue (DCAT-AP-NL, JSON-LD) of the report's tables, as of now.
    func catalog(_ api: RouterGroup<Context>) {
        api.get(RouterPath(APIResource.catalog.path)) { request, _ in
            let snapshot = try await source.snapshot(at: .now)
            let previous = try await source.previous(for: snapshot.projection)
            return try Respond.cached(
                request, snapshot, key: "v\(version.rawValue)-catalog", contentType: "application/ld+json"
            ) {
                let tables = { (language: Language) in
                    Self.tables(of: snapshot.projection, previous: previous, language: language, version: version)
                }
                return try Respond.json(
                    Catalogue(
                        root: version.root, projection: snapshot.projection, dutch: tables(.dutch),
                        english: tables(.english)))
            }
        }
    }

    /// The tables of the progress report on `projection`, as `version` shows the report.
    private static func tables(
        of projection: ProgrammeProjection, previous: ProgressReport.Previous?, language: Language,
        version: APIVersion
    ) -> [ReportDocument.Table] {
        ReportDocument(version.shown(ProgressReport(projection, previous: previous, language: language))).tables
    }
}
