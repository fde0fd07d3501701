/// Column headings compared the way people rename them: case, spaces, underscores, dots and
/// other punctuation ignored (`Area Name`, `AreaName`, `area_name` are one heading).
enum ColumnName {
  static func key(_ heading: String) -> String {
    String(
      heading.lowercased().unicodeScalars.filter {
        $0.properties.isAlphabetic || ("0"..."9").contains($0)
      }.map(Character.init))
  }
}
