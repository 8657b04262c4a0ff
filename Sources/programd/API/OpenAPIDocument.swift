import Foundation

/// The OpenAPI 3.1 description of the API (docs/openapi.json, bundled as a resource).
enum OpenAPIDocument {
    static let bytes: Data = {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "json"),
            let data = try? Data(contentsOf: url)
        else { return Data(#"{"error":{"message":"the OpenAPI document is missing from this build"}}"#.utf8) }
        return data
    }()
}
