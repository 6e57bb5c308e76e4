import Foundation

/// Rows of cells printed with every column padded to its widest cell, two spaces apart.
struct ResultTable {
    /// The rows added so far, each a list of cells.
    private var rows: [[String]] = []

    /// Adds a row; rows may have different numbers of cells.
    mutating func add(_ cells: [String]) {
        rows.append(cells)
    }

    /// The table as lines, widths counted in characters so that "×" and "≤" take one column each.
    func render() -> String {
        let columns = rows.map(\.count).max() ?? 0
        var widths = [Int](repeating: 0, count: columns)
        for row in rows {
            for (column, cell) in row.enumerated() {
                widths[column] = max(widths[column], cell.count)
            }
        }
        return rows.map { row in
            row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[column] - cell.count)
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }
}

/// How numbers look in the benchmark's output.
enum Format {
    /// Seconds with three decimals below ten seconds and one above: "0.041s", "12.3s".
    static func seconds(_ value: Double) -> String {
        value < 10 ? String(format: "%.3fs", value) : String(format: "%.1fs", value)
    }

    /// A count with thousands separated by commas: "100,000".
    static func count(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 {
                grouped.append(",")
            }
            grouped.append(digit)
        }
        return value < 0 ? "-" + grouped : grouped
    }

    /// KiB shown as MiB with one decimal: "21.3 MiB".
    static func mebibytes(kibibytes: Int) -> String {
        String(format: "%.1f MiB", Double(kibibytes) / 1024)
    }

    /// A target with whether the figure met it: "(target ≤ 2×, met)"; no verdict without a figure.
    static func target(_ label: String, value: Double?, bound: Double) -> String {
        guard let value else {
            return "(target ≤ \(label))"
        }
        return "(target ≤ \(label), \(value <= bound ? "met" : "missed"))"
    }
}
