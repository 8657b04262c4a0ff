import Foundation
import Program
import TestSupport
import Testing

@testable import programctl

/// Text output in the user's language — `--lang`, else the locale — with amounts and dates as
/// that language writes them; `--json` the same in either.
@Suite("programctl speaks the user's language")
struct LanguageTests {
    /// A subsidy award of € 48.000,00 on 7 June 2023.
    static let award = [
        "subsidy", "award", "--as", "K1", "--funder", "Innovatiebudget", "--amount", "48.000,00", "--from",
        "2023-09-01", "--until", "2025-08-31", "--date", "2023-06-07",
    ]

    @Test("a recording is echoed in Dutch with --lang nl or a Dutch locale, in English otherwise")
    func echo() async throws {
        try await GovernanceScenario.withCoreGroup { scenario in
            let dutch =
                "vastgelegd SubsidyAwarded op positie 7: Subsidie S1 toegekend door Innovatiebudget: €\u{A0}48.000,00\n"
            #expect(try await scenario.succeed(Self.award + ["--lang", "nl"]) == dutch)
            let english = "recorded SubsidyAwarded at position 8: Subsidy S2 awarded by Innovatiebudget: €48,000.00\n"
            #expect(try await scenario.succeed(["--lang", "en"] + Self.award) == english)
            let byLocale = try await scenario.programctl.run(Self.award, environment: ["LANG": "nl_NL.UTF-8"])
            #expect(byLocale.stdout.hasPrefix("vastgelegd SubsidyAwarded op positie 9: Subsidie S3 toegekend"))
            // LC_ALL comes before LANG; --lang before both.
            let overruled = try await scenario.programctl.run(
                Self.award, environment: ["LC_ALL": "en_GB.UTF-8", "LANG": "nl_NL.UTF-8"])
            #expect(overruled.stdout.hasPrefix("recorded SubsidyAwarded at position 10"))
            let explicit = try await scenario.programctl.run(
                Self.award + ["--lang", "en"], environment: ["LANG": "nl_NL.UTF-8"])
            #expect(explicit.stdout.hasPrefix("recorded SubsidyAwarded at position 11"))

            let decision = try await scenario.succeed(
                GovernanceScenario.decision(on: "2023-06-07", present: "K1,K2,K3", for: 3) + ["--lang", "nl"])
            #expect(decision.hasSuffix("Besluit B1 aangenomen: Kerngroep stelt werkwijze vast (7 juni 2023)\n"))
        }
    }

    @Test("subsidy status and the log write amounts and dates as the language does")
    func textOutput() async throws {
        try await GovernanceScenario.withCoreGroup { scenario in
            try await scenario.succeed(Self.award)
            try await scenario.succeed([
                "subsidy", "spend", "S1", "--as", "K1", "--amount", "1.250,50", "--pillar", "3", "--activity", "Panel",
                "--date", "2024-02-14",
            ])
            #expect(
                try await scenario.succeed(["subsidy", "status", "--lang", "nl"]) == """
                    S1  Innovatiebudget  1 september 2023 – 31 augustus 2025
                        toegekend €\u{A0}48.000,00, ontvangen €\u{A0}0,00, besteed €\u{A0}1.250,50
                        nog te ontvangen €\u{A0}48.000,00, kassaldo €\u{A0}-1.250,50 (voorgefinancierd), budget over €\u{A0}46.749,50
                        pijler 3: €\u{A0}1.250,50

                    """)
            #expect(
                try await scenario.succeed(["subsidy", "status", "--lang", "en"]) == """
                    S1  Innovatiebudget  1 September 2023 – 31 August 2025
                        awarded €48,000.00, received €0.00, spent €1,250.50
                        still to receive €48,000.00, cash balance -€1,250.50 (pre-financed), budget left €46,749.50
                        pillar 3: €1,250.50

                    """)
            let log = try await scenario.succeed(["log", "--from", "7", "--lang", "nl"])
            #expect(log.contains("Subsidie S1 toegekend door Innovatiebudget: €\u{A0}48.000,00\n"))
            #expect(log.contains("Uitgave U1 €\u{A0}1.250,50 (pijler 3, Panel)\n"))
        }
    }

    @Test("--json is the same in either language")
    func jsonIsLanguageIndependent() async throws {
        try await GovernanceScenario.withCoreGroup { scenario in
            try await scenario.succeed(Self.award)
            for read in [
                ["subsidy", "status"], ["log"], ["member", "list"], ["decision", "list"], ["input", "list"],
            ] {
                let dutch = try await scenario.succeed(read + ["--json", "--lang", "nl"])
                let english = try await scenario.succeed(read + ["--json", "--lang", "en"])
                let byLocale = try await scenario.programctl.run(read + ["--json"], environment: ["LANG": "nl_NL"])
                #expect(dutch == english, "\(read)")
                #expect(byLocale.stdout == english, "\(read)")
            }
            // What a write prints with --json: the English description, cents and ISO dates as before.
            let recorded = try await scenario.succeed(Self.award + ["--json", "--lang", "nl"])
            #expect(recorded.contains(#""description":"Subsidy S2 awarded by Innovatiebudget: €48,000.00""#))
        }
    }

    @Test(
        "the locale's language: the first of LC_ALL, LC_MESSAGES and LANG that is set",
        arguments: [
            ([:], Language.english), (["LANG": "nl_NL.UTF-8"], .dutch), (["LANG": "nl"], .dutch),
            (["LANG": "nl_BE.UTF-8"], .dutch), (["LANG": "C.UTF-8"], .english), (["LANG": "en_US.UTF-8"], .english),
            (["LANG": "fy_NL.UTF-8"], .english), (["LC_ALL": "", "LANG": "nl_NL.UTF-8"], .dutch),
            (["LC_ALL": "C", "LANG": "nl_NL.UTF-8"], .english), (["LC_MESSAGES": "nl_NL", "LANG": "en_GB"], .dutch),
            (["LC_ALL": "NL_nl", "LC_MESSAGES": "en_GB"], .dutch),
        ] as [([String: String], Language)])
    func locale(environment: [String: String], language: Language) {
        #expect(Language(environment: environment) == language)
    }
}
