import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import programd

@Suite("the report's tables as open data")
struct TableTests {
    @Test("every table listed is served as CSV for machines and for Dutch Excel, as of any day")
    func everyTableListedIsServed() async throws {
        try await withDemoApplication { client in
            for carried in ["", "?as_of=2024-06-30&lang=en"] {
                let tables = try #require(try await client.view("/api/v2/tables\(carried)").array, "\(carried)")
                let names = tables.compactMap { $0["name"]?.string }
                #expect(names.contains("funds") && names.contains("timeline") && names.count == tables.count)
                for table in tables {
                    for link in ["csv", "excel"] {
                        let uri = try #require(table[link]?.string)
                        #expect(carried.isEmpty || uri.contains("as_of=2024-06-30"), "\(uri)")
                        let response = try await client.get(uri)
                        #expect(response.status == .ok, "GET \(uri): \(response.text)")
                        #expect(response.headers[.contentType] == "text/csv; charset=utf-8; header=present")
                        let bytes = Array(response.body.readableBytesView)
                        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF] || link == "csv", "\(uri)")
                        #expect(Array(bytes.prefix(3)) != [0xEF, 0xBB, 0xBF] || link == "excel", "\(uri)")
                        let separator = link == "csv" ? "," : ";"
                        let header = response.text.split(separator: "\r\n").first.map(String.init) ?? ""
                        let columns = table["columns"]?.array?.compactMap(\.string) ?? []
                        #expect(
                            header.contains(columns.first ?? "–") && header.contains(separator), "\(uri): \(header)")
                    }
                }
            }
        }
    }

    @Test("an unknown table is 404 and an unknown dialect 400, each naming what is wrong")
    func badRequests() async throws {
        try await withDemoApplication { client in
            let missing = try await client.get("/api/v2/tables/nonsense")
            #expect(missing.status == .notFound)
            #expect(missing.text.contains("there is no table nonsense"), "\(missing.text)")
            let dialect = try await client.get("/api/v2/tables/funds?dialect=excel")
            #expect(dialect.status == .badRequest)
            #expect(dialect.text.contains("dialect: 'excel' is not a CSV dialect"), "\(dialect.text)")
        }
    }

    @Test("the catalogue lists every table as a dataset with its licence, period and both CSV files")
    func catalogue() async throws {
        try await withDemoApplication { client in
            let response = try await client.get("/api/v2/catalog")
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/ld+json")
            let catalogue = try response.json()
            #expect(catalogue["@type"]?.string == "dcat:Catalog")
            let datasets = try #require(catalogue["dcat:dataset"]?.array)
            let tables = try #require(try await client.view("/api/v2/tables").array)
            #expect(datasets.count == tables.count)
            for dataset in datasets {
                #expect(dataset["dct:license"]?["@id"]?.string == "http://creativecommons.org/publicdomain/zero/1.0/")
                #expect(
                    dataset["dct:temporal"]?["dcat:startDate"]?["@value"]?.string == "2022-01-01",
                    "the programme's start")
                let files = dataset["dcat:distribution"]?.array ?? []
                #expect(files.count == 2)
                for file in files {
                    let uri = try #require(file["dcat:downloadURL"]?["@id"]?.string)
                    #expect(try await client.get(uri).status == .ok, "\(uri)")
                }
            }
        }
    }
}
