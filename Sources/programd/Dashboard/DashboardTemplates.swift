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
        {{#form}}<form method="get" action="">
        <label for="as_of">{{asOfLabel}}</label>
        <input type="date" id="as_of" name="as_of" value="{{asOfValue}}">
        {{#english}}<input type="hidden" name="lang" value="en">{{/english}}
        {{#recordedBy}}<input type="hidden" name="recorded_by" value="{{recordedBy}}">{{/recordedBy}}
        <button type="submit">{{showLabel}}</button>
        {{#hasAsOf}}<a href="?{{#english}}lang=en{{/english}}">{{nowLabel}}</a>{{/hasAsOf}}
        </form>{{/form}}
        <p class="language"><a href="{{otherLanguageHref}}" lang="{{otherLanguage}}">{{otherLanguageLabel}}</a></p>
        </header>
        <main id="inhoud">
        <h1>{{title}}</h1>
        {{{body}}}
        </main>
        <footer>
        {{#figures}}<p>{{clocks}} {{chainHashLabel}} <span class="hash">{{headHash}}</span>{{#verification}} · {{verification}}{{/verification}}</p>
        <p>{{smallCounts}}</p>
        {{/figures}}<p><a href="{{accessibilityHref}}">{{accessibilityLabel}}</a></p>
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

    /// The accessibility statement (toegankelijkheidsverklaring): what is checked, how, and
    /// where to report a problem.
    static let accessibility = """
        {{^english}}
        <p>Het programma wil dat iedereen deze pagina's kan gebruiken: jongeren, ouders, raadsleden en
        inwoners, ook met een telefoon, een schermlezer of alleen een toetsenbord. De pagina's zijn gemaakt
        volgens de Web Content Accessibility Guidelines (WCAG) 2.1, niveau AA, zoals het Besluit digitale
        toegankelijkheid overheid vraagt.</p>
        <h2>Hoe is dat getoetst?</h2>
        <ul>
        <li>Bij elke wijziging van de software worden alle pagina's, in het Nederlands en het Engels, in een
        echte browser (Chromium) geopend op 1280 en op 320 pixels breed en getoetst met axe-core op alle
        regels van WCAG 2.1 A en AA. De pagina mag op een telefoon niet opzij scrollen.</li>
        <li>Brede tabellen en grafieken scrollen binnen hun eigen, benoemde gebied. Elke grafiek heeft een
        tabel met dezelfde cijfers. De pagina's werken zonder JavaScript.</li>
        <li>Een onderzoek door een onafhankelijke deskundige is nog niet gedaan; automatische toetsen vinden
        niet elk probleem.</li>
        </ul>
        <h2>Een probleem melden</h2>
        <p>Kunt u iets niet lezen of gebruiken? Meld het bij het secretariaat van de kerngroep. Vermeld de
        pagina en wat er misgaat; u krijgt binnen vijf werkdagen antwoord.</p>
        {{/english}}{{#english}}
        <p>The programme wants everyone to be able to use these pages: young people, parents, councillors
        and residents, also on a phone, with a screen reader or with a keyboard only. The pages follow the
        Web Content Accessibility Guidelines (WCAG) 2.1, level AA, as Dutch law requires of public
        bodies.</p>
        <h2>How is this checked?</h2>
        <ul>
        <li>With every change to the software, every page, in Dutch and in English, is opened in a real
        browser (Chromium) at 1280 and at 320 pixels wide and checked with axe-core against every rule of
        WCAG 2.1 A and AA. No page may scroll sideways on a phone.</li>
        <li>Wide tables and charts scroll inside their own labelled region. Every chart has a table with the
        same figures. The pages work without JavaScript.</li>
        <li>No audit by an independent expert has been done yet; automated checks do not find every
        problem.</li>
        </ul>
        <h2>Reporting a problem</h2>
        <p>Is there something you cannot read or use? Tell the core group's secretariat which page and what
        goes wrong; you will get an answer within five working days.</p>
        {{/english}}
        """

    /// Navigation, the as-of form, tables a little tighter on a phone (most then fit) with
    /// captions that stay on screen while a wide one scrolls, and contrast that holds up (WCAG AA)
    /// on screen and paper.
    static let style = """
        .skip{position:absolute;left:-9999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem}\
        header{background:#00395e;color:#fff;padding:1rem 1.5rem}header a{color:#fff}.programme{margin:0;font-weight:bold}\
        nav ul{list-style:none;padding:0;margin:.5rem 0;display:flex;flex-wrap:wrap;gap:.25rem 1rem}\
        nav a[aria-current=page]{text-decoration:none;border-bottom:3px solid #ffd166}\
        .years a[aria-current=page]{font-weight:bold;border-bottom-color:#00508c}\
        form{display:flex;gap:.5rem;align-items:center;flex-wrap:wrap}.language{margin:.5rem 0 0}\
        caption{position:sticky;left:0;max-width:calc(100vw - 2rem)}\
        @media (max-width:40rem){table{font-size:.875rem}th,td{padding:.25rem .3rem}}\
        footer{max-width:60rem;margin:0 auto;padding:1rem 1.5rem;color:#444;font-size:.9rem}.hash{font-family:monospace;\
        word-break:break-all}.figures{list-style:none;padding:0;display:grid;grid-template-columns:repeat(auto-fill,\
        minmax(12rem,1fr));gap:1rem}.figures li{border:1px solid #ccc;border-radius:.4rem;padding:.75rem}\
        .figures .value{display:block;font-size:1.6rem;font-weight:bold;color:#00395e}\
        @media print{header form,nav,.language,.skip{display:none}header{background:none;color:#000}}
        """

    static let library: MustacheLibrary = {
        var library = BlockTemplates.library
        for (name, text) in [
            ("layout", layout), ("overview", overview), ("report-links", reportLinks),
            ("accessibility", accessibility),
        ] {
            // Constants of this file: a parse error is a defect caught by every dashboard test.
            library.register(try! MustacheTemplate(string: text), named: name)
        }
        return library
    }()
}
