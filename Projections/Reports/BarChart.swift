import Program

/// A bar chart drawn as inline SVG: grouped or stacked bars, an axis, a legend, and a title
/// and description for screen readers. The same data gives the same bytes.
public struct BarChart: Sendable {
    public var title: String
    /// What the chart shows, in words (read by screen readers).
    public var summary: String
    public var categories: [String]
    public var series: [Series]
    public var stacked: Bool
    public var unit: String
    /// The language of the axis' numbers ("12.500" or "12,500").
    public var language: Language

    /// One set of bars. A `nil` value has no bar: unknown, or hidden — then its mark ("<5", "x")
    /// is written where the bar would be, so that a hidden count never looks like 0.
    public struct Series: Sendable {
        public var name: String
        public var values: [Double?]
        /// Per value, the mark of a hidden one.
        public var marks: [String?]
        /// Drawn as an outline instead of a filled bar (e.g. a target).
        public var outlined: Bool

        public init(name: String, values: [Double?], marks: [String?] = [], outlined: Bool = false) {
            self.name = name
            self.values = values
            self.marks = marks
            self.outlined = outlined
        }

        func mark(_ column: Int) -> String? { column < marks.count ? marks[column] : nil }
    }

    public init(
        title: String, summary: String, categories: [String], series: [Series], stacked: Bool = false,
        unit: String = "",
        language: Language
    ) {
        self.language = language
        self.title = title
        self.summary = summary
        self.categories = categories
        self.series = series
        self.stacked = stacked
        self.unit = unit
    }

    /// Colour-blind-safe colours (after Okabe–Ito), each at least 3:1 against white; bars next
    /// to each other are also set apart by a white gap.
    static let palette = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#8a6d00", "#6A3D9A"]

    /// The chart as an `<svg>` element, `id` making its title and description referable, in the
    /// report layout `layout` (``ReportFormat/layouts``).
    public func svg(id: String, width: Int = 640, height: Int = 260, layout: Int = ReportFormat.layout) -> String {
        let (maximum, step) = scale()
        let ticks = (0...Int((maximum / step).rounded())).map { step * Double($0) }
        // The axis's figures end 6 units before the plot; at 13 units a digit is at most 8 wide.
        let widest = ticks.map { Format.number($0, language).count }.max() ?? 1
        let left = layout >= 3 ? max(48, Double(widest * 8 + 10)) : 48
        let right = 12.0
        let top = 12.0
        let bottom = 64.0
        let plotWidth = Double(width) - left - right
        let plotHeight = Double(height) - top - bottom
        let groupWidth = categories.isEmpty ? plotWidth : plotWidth / Double(categories.count)
        let barsPerGroup = stacked ? 1 : max(series.count, 1)
        let barWidth = max(2, groupWidth * 0.8 / Double(barsPerGroup))
        func y(_ value: Double) -> Double { top + plotHeight - plotHeight * value / maximum }
        var out = """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(width) \(height)" width="100%" role="img" \
            aria-labelledby="\(id)-title \(id)-desc" class="chart">\
            <title id="\(id)-title">\(HTML.escape(title))</title><desc id="\(id)-desc">\(HTML.escape(summary))</desc>
            """
        for value in ticks {
            let lineY = y(value)
            out +=
                "<line x1=\"\(f(left))\" y1=\"\(f(lineY))\" x2=\"\(f(left + plotWidth))\" y2=\"\(f(lineY))\" stroke=\"#d0d0d0\" stroke-width=\"1\"/>"
            out +=
                "<text x=\"\(f(left - 6))\" y=\"\(f(lineY + 4))\" text-anchor=\"end\" font-size=\"13\" fill=\"#333\">\(HTML.escape(Format.number(value, language)))</text>"
        }
        for (column, category) in categories.enumerated() {
            let groupX = left + groupWidth * Double(column) + groupWidth * 0.1
            var stackBase = 0.0
            var hidden: [String] = []
            for (index, serie) in series.enumerated() {
                guard column < serie.values.count, let value = serie.values[column], value > 0 else {
                    guard let mark = serie.mark(column) else { continue }
                    if stacked {
                        hidden.append(mark)
                    } else {
                        out += label(mark, x: groupX + barWidth * (Double(index) + 0.46), y: y(0) - 4)
                    }
                    continue
                }
                let colour = Self.palette[index % Self.palette.count]
                let x = stacked ? groupX : groupX + barWidth * Double(index)
                let base = stacked ? stackBase : 0
                let barTop = y(base + value)
                let barHeight = y(base) - barTop
                let fill =
                    serie.outlined
                    ? "fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2\""
                    : "fill=\"\(colour)\" stroke=\"#fff\" stroke-width=\"1.5\""
                out +=
                    "<rect x=\"\(f(x))\" y=\"\(f(barTop))\" width=\"\(f(barWidth * 0.92))\" height=\"\(f(barHeight))\" \(fill)><title>\(HTML.escape("\(serie.name), \(category): \(Format.number(value, language))\(unit)"))</title></rect>"
                if stacked { stackBase += value }
            }
            if !hidden.isEmpty {
                out += label("+ " + hidden.joined(separator: " + "), x: groupX + barWidth * 0.46, y: y(stackBase) - 4)
            }
            out +=
                "<text x=\"\(f(groupX + groupWidth * 0.4))\" y=\"\(f(top + plotHeight + 18))\" text-anchor=\"middle\" font-size=\"13\" fill=\"#333\">\(HTML.escape(category))</text>"
        }
        var legendX = left
        for (index, serie) in series.enumerated() {
            let colour = Self.palette[index % Self.palette.count]
            let swatch = serie.outlined ? "fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2\"" : "fill=\"\(colour)\""
            out += "<rect x=\"\(f(legendX))\" y=\"\(f(Double(height) - 22))\" width=\"12\" height=\"12\" \(swatch)/>"
            out +=
                "<text x=\"\(f(legendX + 16))\" y=\"\(f(Double(height) - 12))\" font-size=\"13\" fill=\"#222\">\(HTML.escape(serie.name))</text>"
            legendX += 30 + Double(serie.name.count) * 7.5
        }
        return out + "</svg>"
    }

    /// The axis: a top at or above the largest bar (or stack) and a whole step of 1, 2 or 5 times
    /// a power of ten between ticks, at most five steps.
    private func scale() -> (maximum: Double, step: Double) {
        var largest = 0.0
        for column in categories.indices {
            let values = series.compactMap { column < $0.values.count ? $0.values[column] : nil }
            largest = max(largest, stacked ? values.reduce(0, +) : values.max() ?? 0)
        }
        guard largest > 0 else { return (1, 1) }
        var magnitude = 1.0
        while magnitude * 10 <= largest / 4 { magnitude *= 10 }
        let step = [1.0, 2, 5, 10].map { $0 * magnitude }.first { ($0 * 5).nextUp >= largest } ?? 10 * magnitude
        return ((largest / step).rounded(.up) * step, step)
    }

    /// A short text centred above a point, such as the mark of a hidden count.
    private func label(_ text: String, x: Double, y: Double) -> String {
        "<text x=\"\(f(x))\" y=\"\(f(y))\" text-anchor=\"middle\" font-size=\"13\" fill=\"#222\">\(HTML.escape(text))</text>"
    }

    private func f(_ value: Double) -> String { Format.number(value, .english) }
}
