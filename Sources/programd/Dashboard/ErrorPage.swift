import Foundation
import Hummingbird
import Program
import Projections

extension Dashboard {
    /// An error on a page of the dashboard (or a path outside the API), as a page in the layout and
    /// in the page's language (`?lang=en`: English, else Dutch): what was wrong and how to do it
    /// right. The navigation and the language link carry no bad value.
    ///
    /// - Parameters:
    ///   - status: the error's status; a 400 names `invalid`, the parameter that broke its rule.
    ///   - headers: the error's own headers (`Allow` for a 405).
    func errorPage(
        status: HTTPResponse.Status, headers: HTTPFields, invalid: InvalidParameter?, request: Request
    ) -> Response {
        let language = (try? Query(request).language()) ?? .dutch
        let words = Words(language)
        let path = request.uri.path
        let query = Query(language: language)
        let fixed = HTML.escape(path + query.carried)
        let title: String
        let text: String
        switch (status, invalid) {
        case (.badRequest, let invalid?):
            title = words.wrongAddress
            text = """
                <p><code>\(HTML.escape(invalid.name))</code>: \(HTML.escape(invalid.reason(language))).</p>
                <p>\(words.chooseDateOr) <a href="\(fixed)">\(words.showAsNow)</a>.</p>
                """
        case (.notFound, _):
            title = words.notFound
            text = """
                <p>\(words.noPageAt) <code>\(HTML.escape(path))</code>. \(words.chooseSectionOr) \
                <a href="/\(query.carried)">\(words.overviewLink)</a>.</p>
                """
        case (.methodNotAllowed, _):
            title = words.methodNotAllowed
            text = """
                <p>\(words.onlyRead) \(HTML.escape(request.method.rawValue)) \(words.notAllowedHere) \
                \(words.openThe) <a href="\(fixed)">\(words.thePage)</a> \(words.inYourBrowser)</p>
                """
        default:
            title = words.somethingWentWrong
            text = """
                <p>\(words.pageNotMade)</p>
                """
        }
        let page = Self.layout(
            title: title, programme: (source.live.snapshot.projection.state.definition ?? .zuidLimburg).name,
            language: language, path: path, query: query, form: invalid != nil, body: text, footer: nil)
        var fields = headers
        fields[.contentType] = "text/html; charset=utf-8"
        fields[.cacheControl] = "no-cache"
        return Response(status: status, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(string: page)))
    }
}
