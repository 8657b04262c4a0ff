import Foundation
import Program

/// Number formatting for people, deterministic (no locale database involved).
public enum Format {
    /// A number with at most two decimals, trailing zeros dropped; a decimal comma in Dutch.
    public static func number(_ value: Double, _ language: Language) -> String {
        let rounded = (value * 100).rounded() / 100
        var text = String(format: "%.2f", rounded)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        if text == "-0" { text = "0" }
        return language == .dutch ? text.replacingOccurrences(of: ".", with: ",") : text
    }
}
