import Foundation
import Reporting
import TestSupport
import Testing

@testable import programd

/// The Python that runs `Tests/Browser/check_pages.py`: one with selenium and
/// axe-playwright-python installed (`.ci/run` makes it), beside Debian's chromium and chromium-driver.
let browserCheckPython = ProcessInfo.processInfo.environment["PROGRAMME_BROWSER_PYTHON"]

@Suite(
    "the dashboard in a real browser",
    .enabled(if: browserCheckPython != nil, "set PROGRAMME_BROWSER_PYTHON (see .ci/run) to run it"))
struct BrowserTests {
    @Test(
        "every page, Dutch and English, and two error pages, at 1280 and 320 px: axe-core finds no violation and nothing scrolls sideways",
        arguments: ["zuid-limburg"] + RegionDemoTests.stories.map(\.rawValue))
    func everyPage(demo: String) async throws {
        let server = try LiveServer(
            store: demo == "zuid-limburg" ? demoStore : regionStores[DemoStory(rawValue: demo)!]!)
        defer { server.stop() }
        let script = packageRoot.appendingPathComponent("Tests/Browser/check_pages.py").path
        let result = try await Executable(url: URL(fileURLWithPath: browserCheckPython!)).run([
            script, "http://127.0.0.1:\(server.port)",
        ])
        // Every page, and a later page of the lineage's inputs, in two languages; and two error pages
        // (ERROR_PAGES); at two widths.
        let views = ((Dashboard.pages.count + 1) * 2 + 2) * 2
        #expect(result.status == 0, "\(result.stdout)\n\(result.stderr)")
        #expect(result.stdout.contains("\(views) of \(views) page views pass"), "\(result.stdout)\n\(result.stderr)")
    }
}
