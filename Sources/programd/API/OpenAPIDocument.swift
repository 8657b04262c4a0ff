import Foundation

/// An OpenAPI 3.1 description of the API, bundled as a resource: docs/openapi.json for the
/// current version, docs/openapi-v1.json (frozen) for v1.
struct OpenAPIDocument: Sendable {
    /// The document's bytes, as served.
    let bytes: Data
    /// The API's version: `info.version` of the document, which `API-Version` gives.
    let version: String

    static let v1 = OpenAPIDocument(resource: "openapi-v1")
    static let v2 = OpenAPIDocument(resource: "openapi")

    private init(resource: String) {
        struct Document: Decodable {
            struct Info: Decodable { let version: String }
            let info: Info
        }
        bytes =
            Bundle.module.url(forResource: resource, withExtension: "json").flatMap { try? Data(contentsOf: $0) }
            ?? Data(#"{"error":{"message":"the OpenAPI document is missing from this build"}}"#.utf8)
        version = (try? JSONDecoder().decode(Document.self, from: bytes))?.info.version ?? "unknown"
    }
}
