import Foundation
import TestSupport
import Testing

/// Amounts and dates as programctl reads them: each accepted form recorded exactly, each refusal
/// a usage error (64) that names the option and says how to write the value, the log unchanged.
@Suite("programctl reads amounts and dates unambiguously")
struct ValueRefusalTests {
    /// `subsidy award` of `amount`, S1 when it is the first.
    static func award(_ amount: String) -> [String] {
        [
            "subsidy", "award", "--as", "K1", "--funder", "Innovatiebudget", "--amount", amount, "--from",
            "2023-09-01", "--until", "2025-08-31", "--date", "2023-08-15",
        ]
    }

    @Test("each form of an amount is recorded as the same cents")
    func acceptedAmounts() async throws {
        try await GovernanceScenario.withCoreGroup { scenario in
            let forms = [
                "48000", "48000.00", "48000,00", "48.000,00", "48,000.00", "€ 48.000", "€48.000,00", "EUR 48000",
            ]
            for form in forms { try await scenario.succeed(Self.award(form)) }
            let status = try await scenario.succeed(["subsidy", "status", "--json"])
            let subsidies = try #require(try JSONSerialization.jsonObject(with: Data(status.utf8)) as? [[String: Any]])
            #expect(subsidies.map { $0["awardedCents"] as? Int } == Array(repeating: 4_800_000, count: forms.count))
        }
    }

    @Test(
        "an amount that could be read two ways, or is no amount, is refused naming --amount; the log is unchanged",
        arguments: [
            ("1.250", ["'1.250' is ambiguous", "write 1250 or 1.250,00 for € 1.250,00, or 1,25 for € 1,25"]),
            ("1,250", ["'1,250' is ambiguous", "write 1250 or 1.250,00"]),
            ("12,505", ["'12,505' is ambiguous", "write 12505 or 12.505,00 for € 12.505,00"]),
            ("12,555", ["'12,555' is ambiguous"]),
            ("12.5050", ["has more than two decimals"]),
            ("--amount=-50", ["'-50' is negative"]),
            ("250000000", ["is more than € 100.000.000,00, the largest amount accepted"]),
            ("twaalf", ["'twaalf' is not an amount in euros", "48.000,00"]),
        ])
    func refusedAmount(amount: String, mentions: [String]) async throws {
        try await GovernanceScenario.withCoreGroup { scenario in
            var arguments = Self.award(amount)
            if amount.hasPrefix("--amount=") {
                arguments.removeAll { $0 == "--amount" }
                arguments.removeAll { $0 == amount }
                arguments.append(amount)
            }
            try await scenario.expectRefused(
                arguments, status: 64, mentions: ["The value", "is invalid for '--amount <amount>'"] + mentions)
        }
    }

    @Test("every amount option reads the same way")
    func everyAmountOption() async throws {
        try await GovernanceScenario.withCoreGroup { scenario in
            try await scenario.succeed(Self.award("10.000,00"))
            for command in [
                ["subsidy", "receive", "S1", "--as", "K1", "--amount", "5.500", "--date", "2023-10-02"],
                [
                    "subsidy", "spend", "S1", "--as", "K1", "--amount", "1.500", "--pillar", "3", "--activity", "Panel",
                    "--date", "2024-02-14",
                ],
                ["subsidy", "settle", "S1", "--as", "K1", "--amount", "9.999,999", "--date", "2025-12-01"],
            ] {
                try await scenario.expectRefused(command, status: 64, mentions: ["'--amount <amount>'"])
            }
        }
    }

    @Test(
        "a date that is not YYYY-MM-DD is refused naming the option and the format, with an example",
        arguments: [
            (
                ["--from", "1-9-2023"],
                "'--from <from>': expected a date written YYYY-MM-DD (JJJJ-MM-DD), e.g. 2023-06-07"
            ),
            (["--until", "31-08-2025"], "'--until <until>': expected a date written YYYY-MM-DD"),
            (["--date", "2023-02-29"], "'--date <date>': there is no such day; expected a date written YYYY-MM-DD"),
            (["--date", "gisteren"], "'--date <date>': expected a date written YYYY-MM-DD (JJJJ-MM-DD)"),
        ])
    func refusedDate(option: [String], message: String) async throws {
        try await GovernanceScenario.withCoreGroup { scenario in
            var arguments = Self.award("48.000,00")
            arguments[arguments.firstIndex(of: option[0])! + 1] = option[1]
            try await scenario.expectRefused(arguments, status: 64, mentions: ["The value '\(option[1])'", message])
        }
    }
}
