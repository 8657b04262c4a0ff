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
        let english = language == .english
        let path = request.uri.path
        let query = Query(language: language)
        let fixed = HTML.escape(path + query.carried)
        let title: String
        let text: String
        switch (status, invalid) {
        case (.badRequest, let invalid?):
            title = english ? "Something in this address is wrong" : "Er klopt iets niet in dit adres"
            text = """
                <p><code>\(HTML.escape(invalid.name))</code>: \(HTML.escape(invalid.reason(language))).</p>
                <p>\(english ? "Choose a date above, or" : "Kies hierboven een datum, of") \
                <a href="\(fixed)">\(english ? "show this page as it is now" : "toon deze pagina zoals die nu is")</a>.</p>
                """
        case (.notFound, _):
            title = english ? "Not found" : "Niet gevonden"
            text = """
                <p>\(english ? "There is no page at" : "Er is geen pagina op") <code>\(HTML.escape(path))</code>. \
                \(english ? "Choose a section above, or go to the" : "Kies hierboven een onderdeel, of ga naar het") \
                <a href="/\(query.carried)">\(english ? "overview" : "overzicht")</a>.</p>
                """
        case (.methodNotAllowed, _):
            title = english ? "Method not allowed" : "Methode niet toegestaan"
            text = """
                <p>\(english ? "These pages can only be read:" : "Deze pagina's kunt u alleen lezen:") \
                \(HTML.escape(request.method.rawValue)) \(english ? "is not allowed here." : "kan hier niet.") \
                Open <a href="\(fixed)">\(english ? "the page" : "de pagina")</a> \
                \(english ? "in your browser instead." : "gewoon in uw browser.")</p>
                """
        default:
            title = english ? "Something went wrong" : "Er ging iets mis"
            text = """
                <p>\(english ? "This page could not be made. Please try again later; if it keeps going wrong, tell the core group's secretariat." : "Deze pagina kon niet worden gemaakt. Probeer het later opnieuw; blijft het misgaan, meld het dan bij het secretariaat van de kerngroep.")</p>
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
