import Foundation
import Program

/// Number formatting for people, deterministic (no locale database involved).
public enum Format {
    /// A number with at most two decimals, trailing zeros dropped, thousands grouped: "12.500,5"
    /// in Dutch, "12,500.5" in English.
    public static func number(_ value: Double, _ language: Language) -> String {
        let rounded = (value * 100).rounded() / 100
        var text = String(format: "%.2f", rounded.magnitude)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        let (group, decimal) = language == .dutch ? (".", ",") : (",", ".")
        let whole = Array(parts[0])
        var grouped = ""
        for (index, digit) in whole.enumerated() {
            if index > 0 && (whole.count - index) % 3 == 0 { grouped += group }
            grouped.append(digit)
        }
        let sign = rounded < 0 && text != "0" ? "-" : ""
        return sign + grouped + (parts.count > 1 ? decimal + parts[1] : "")
    }
}
