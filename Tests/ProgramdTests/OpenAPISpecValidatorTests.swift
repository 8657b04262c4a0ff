import Foundation
import TestSupport
import Testing

/// docs/openapi.json checked by an independent validator of the OpenAPI 3.1 specification
/// (openapi-spec-validator, in the Python that `.ci/run` makes for the browser check).
@Suite(
    "the OpenAPI document against the specification",
    .enabled(if: browserCheckPython != nil, "set PROGRAMME_BROWSER_PYTHON (see .ci/run) to run it"))
struct OpenAPISpecValidatorTests {
    @Test("openapi-spec-validator finds docs/openapi.json valid")
    func valid() async throws {
        let result = try await Executable(url: URL(fileURLWithPath: browserCheckPython!)).run([
            "-m", "openapi_spec_validator", openAPIDocumentURL.path,
        ])
        #expect(result.status == 0, "\(result.stdout)\n\(result.stderr)")
        #expect(result.stdout.contains("openapi.json: OK"), "\(result.stdout)\n\(result.stderr)")
    }
}
