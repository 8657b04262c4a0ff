import Mustache
import Projections

/// The dashboard's templates: the page layout, the overview, the report page; sections use the
/// report's `blocks` template, so the dashboard and the report show them alike.
enum DashboardTemplates {
    static let layout = """
        <!DOCTYPE html>
        <html lang="{{lang}}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{title}} — {{programme}}</title>
        <style>{{{style}}}{{{dashboardStyle}}}</style>
        </head>
        <body>
        <a class="skip" href="#inhoud">{{skipLabel}}</a>
        <header>
        <p class="programme">{{programme}}</p>
        <nav aria-label="{{navLabel}}"><ul>
        {{#nav}}<li><a href="{{href}}"{{#current}} aria-current="page"{{/current}}>{{label}}</a></li>
        {{/nav}}</ul></nav>
        <form method="get" action="">
        <label for="as_of">{{asOfLabel}}</label>
        <input type="date" id="as_of" name="as_of" value="{{asOfValue}}">
        {{#english}}<input type="hidden" name="lang" value="en">{{/english}}
        {{#recordedBy}}<input type="hidden" name="recorded_by" value="{{recordedBy}}">{{/recordedBy}}
        <button type="submit">{{showLabel}}</button>
        {{#hasAsOf}}<a href="?{{#english}}lang=en{{/english}}">{{nowLabel}}</a>{{/hasAsOf}}
        </form>
        <p class="language"><a href="{{otherLanguageHref}}" lang="{{otherLanguage}}">{{otherLanguageLabel}}</a></p>
        </header>
        <main id="inhoud">
        <h1>{{title}}</h1>
        {{{body}}}
        </main>
        <footer>
        <p>{{clocks}} · <span class="hash">{{headHash}}</span>{{#verification}} · {{verification}}{{/verification}}</p>
        <p>{{smallCounts}}</p>
        </footer>
        </body>
        </html>

        """

    static let overview = """
        <p>{{frameworkTitle}}</p>
        <ul class="figures">
        {{#figures}}<li><span class="value">{{value}}</span> <span class="label">{{label}}</span></li>
        {{/figures}}</ul>
        {{> blocks}}
        """

    static let reportLinks = """
        <p>{{intro}}</p>
        <ul>
        {{#formats}}<li><a href="{{href}}">{{label}}</a></li>
        {{/formats}}</ul>
        """

    static let notFound = """
        <!DOCTYPE html>
        <html lang="nl">
        <head><meta charset="utf-8"><title>Niet gevonden</title><style>{{{style}}}</style></head>
        <body><main>
        <h1>Niet gevonden</h1>
        <p>Er is geen pagina op <code>{{path}}</code>. <a href="/">Naar het overzicht</a>.</p>
        <p lang="en">Not found: there is no page at <code>{{path}}</code>. <a href="/?lang=en">To the overview</a>.</p>
        </main></body>
        </html>

        """

    /// Navigation, the as-of form, and contrast that holds up (WCAG AA) on screen and paper.
    static let style = """
        .skip{position:absolute;left:-9999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem}\
        header{background:#00395e;color:#fff;padding:1rem 1.5rem}header a{color:#fff}.programme{margin:0;font-weight:bold}\
        nav ul{list-style:none;padding:0;margin:.5rem 0;display:flex;flex-wrap:wrap;gap:.25rem 1rem}\
        nav a[aria-current=page]{text-decoration:none;border-bottom:3px solid #ffd166}\
        form{display:flex;gap:.5rem;align-items:center;flex-wrap:wrap}.language{margin:.5rem 0 0}\
        footer{max-width:60rem;margin:0 auto;padding:1rem 1.5rem;color:#444;font-size:.9rem}.hash{font-family:monospace;\
        word-break:break-all}.figures{list-style:none;padding:0;display:grid;grid-template-columns:repeat(auto-fill,\
        minmax(12rem,1fr));gap:1rem}.figures li{border:1px solid #ccc;border-radius:.4rem;padding:.75rem}\
        .figures .value{display:block;font-size:1.6rem;font-weight:bold;color:#00395e}\
        @media print{header form,nav,.language,.skip{display:none}header{background:none;color:#000}}
        """

    static let library: MustacheLibrary = {
        var library = BlockTemplates.library
        for (name, text) in [
            ("layout", layout), ("overview", overview), ("report-links", reportLinks), ("not-found", notFound),
        ] {
            // Constants of this file: a parse error is a defect caught by every dashboard test.
            library.register(try! MustacheTemplate(string: text), named: name)
        }
        return library
    }()
}
