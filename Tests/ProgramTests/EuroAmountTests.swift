import Program
import Projections
import Reporting
import Testing

/// Amounts in euros as people write them (``Cents/init(euros:)``): each accepted form read into
/// exact cents, each form that could mean two amounts refused with the ways to write either.
@Suite("Amounts in euros")
struct EuroAmountTests {
    @Test(
        "the forms people write are read into cents",
        arguments: [
            ("48000", 4_800_000), ("48000.00", 4_800_000), ("48000,00", 4_800_000), ("48.000,00", 4_800_000),
            ("48,000.00", 4_800_000), ("€ 48.000", 4_800_000), ("€48.000,00", 4_800_000), ("EUR 48000", 4_800_000),
            ("eur48000", 4_800_000), ("€\u{A0}48.000,00", 4_800_000), (" 48000 ", 4_800_000), ("12.50", 1250),
            ("12,5", 1250), ("0,05", 5), ("0", 0), ("1.250.000", 125_000_000), ("1,250,000.75", 125_000_075),
            ("1,000", 100_000), ("100.000.000,00", 10_000_000_000),
        ] as [(String, Int64)])
    func accepted(text: String, cents: Int64) throws {
        #expect(try Cents(euros: text) == Cents(cents))
    }

    @Test(
        "one separator before exactly three digits is refused, with the ways to write each reading",
        arguments: [
            ("1.250", "write 1250 or 1.250,00 for € 1.250,00, or 1,25 for € 1,25"),
            ("1,250", "write 1250 or 1.250,00 for € 1.250,00, or 1,25 for € 1,25"),
            ("€ 12.500", "write 12500 or 12.500,00 for € 12.500,00, or 12,50 for € 12,50"),
            ("1.255", "write 1255 or 1.255,00 for € 1.255,00"),
        ])
    func ambiguous(text: String, advice: String) {
        #expect {
            try Cents(euros: text)
        } throws: { error in
            let description = "\(error)"
            return description.hasPrefix("'\(text)' is ambiguous (thousands or decimals?): ")
                && description.hasSuffix(advice)
        }
    }

    @Test(
        "what is no amount is refused, saying why",
        arguments: [
            ("12.345", AmountError.ambiguous("12.345", thousands: Cents(1_234_500), decimal: nil)),
            ("1.2345", .tooManyDecimals("1.2345")), ("0,125", .tooManyDecimals("0,125")),
            ("1.000,000", .tooManyDecimals("1.000,000")), ("-5", .negative("-5")),
            ("€ -2.500,00", .negative("€ -2.500,00")), ("-€2,500.00", .negative("-€2,500.00")),
            ("100.000.000,01", .tooLarge("100.000.000,01")), ("1234567890123", .tooLarge("1234567890123")),
            ("12,345,67", .malformed("12,345,67")), ("12.50.00", .malformed("12.50.00")),
            ("twaalf", .malformed("twaalf")), ("", .malformed("")), ("€", .malformed("€")),
            ("48 000", .malformed("48 000")), (",50", .malformed(",50")), ("48000.", .malformed("48000.")),
            ("1.2,00", .malformed("1.2,00")), ("1,000,00.00", .malformed("1,000,00.00")),
            ("1.000.000,00,00", .malformed("1.000.000,00,00")), ("١٢", .malformed("١٢")),
        ])
    func refused(text: String, error: AmountError) {
        #expect(throws: error) { try Cents(euros: text) }
    }

    @Test("every amount reads back from how Dutch and English write it, and from plain digits")
    func roundTrip() throws {
        var random = SplitMix64(seed: 2023_06_07)
        for _ in 0..<5_000 {
            // Small and large amounts alike: a random number of digits, then random digits.
            let digits = Int64(random.next() % 11)
            var limit: Int64 = 1
            for _ in 0..<digits { limit *= 10 }
            let cents = Cents(Int64(random.next() % UInt64(min(limit, Cents.largestAmount.value) + 1)))
            let euros = cents.value / 100
            let fraction = cents.value % 100
            let plain = "\(euros)" + (fraction < 10 ? ",0\(fraction)" : ",\(fraction)")
            for text in [
                cents.formatted(.dutch), cents.formatted(.english), Words(.dutch).money(cents),
                Words(.english).money(cents), plain, plain.replacingOccurrences(of: ",", with: "."),
            ] {
                #expect(try Cents(euros: text) == cents, "\(text)")
            }
        }
    }

    @Test("no text is read as an amount that another reading of it would give differently")
    func noSecondReading() throws {
        var random = SplitMix64(seed: 7)
        let alphabet = Array("0123456789.,")
        var read = 0
        for _ in 0..<20_000 {
            let text = String((0..<(1 + random.next() % 9)).map { _ in alphabet[Int(random.next() % 12)] })
            guard let cents = try? Cents(euros: text) else { continue }
            read += 1
            // A text that reads at all reads as the one amount that both languages write from it.
            #expect(try Cents(euros: cents.formatted(.dutch)) == cents, "\(text)")
            let separators = text.filter { $0 == "." || $0 == "," }
            if separators.count == 1, let last = text.split(whereSeparator: { $0 == "." || $0 == "," }).last {
                // A lone separator is either before one or two decimals, or before 000.
                #expect(last.count < 3 || last == "000", "\(text) was read as \(cents)")
            }
        }
        #expect(read > 1_000, "only \(read) random texts were amounts")
    }
}
