import Foundation

/// The OpenAPI 3.1 description of the API (docs/openapi.json, bundled as a resource).
enum OpenAPIDocument {
    static let bytes: Data = {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "json"),
            let data = try? Data(contentsOf: url)
        else { return Data(#"{"error":{"message":"the OpenAPI document is missing from this build"}}"#.utf8) }
        return data
    }()

    /// The API's version: `info.version` of the document.
    static let version: String = {
        struct Document: Decodable {
            struct Info: Decodable { let version: String }
            let info: Info
        }
        return (try? JSONDecoder().decode(Document.self, from: bytes))?.info.version ?? "unknown"
    }()
}
