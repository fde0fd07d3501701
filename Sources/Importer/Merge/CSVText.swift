/// Writing CSV fields the way spreadsheets read them back.
enum CSVText {
  /// The field, quoted when it holds a comma, a quote, a line break or edge spaces.
  static func field(_ text: String) -> String {
    let needsQuotes =
      text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
      || text.first == " " || text.last == " "
    guard needsQuotes else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
