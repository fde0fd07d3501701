extension Table {
  /// The fewest rows a table leaves on either side of a page break; a table of fewer than
  /// twice as many rows does not split (unless it is taller than a page).
  static let rowsAtBreak = 3

  /// The header slice, then a slice per row; rows after the first repeat the header when a
  /// page breaks before them. The first slice begins the table element and the last ends it.
  func slices(width: Double, typesetter: Typesetter, style: PageStyle) -> [Slice] {
    let grid = TableGrid(table: self, width: width, typesetter: typesetter, style: style)
    var header = grid.header(repeated: false)
    header.keepWithNext = !rows.isEmpty
    var slices = [header]
    for (index, row) in rows.enumerated() {
      var slice = grid.slice(row)
      if keepsRow(index, withNextOf: rows.count) { slice.keepWithNext = true }
      if index > 0 {
        slice.continuationHeader = { grid.header(repeated: true) }
      }
      slices.append(slice)
    }
    return slices.within(.table)
  }

  /// Whether row `index` of `count` stays on the page of the row after it: the header with the
  /// first three rows, the last three rows together, and a short table whole. A group title
  /// stays with the row under it.
  func keepsRow(_ index: Int, withNextOf count: Int) -> Bool {
    let least = Self.rowsAtBreak
    if index >= count - 1 { return false }
    if case .group = rows[index] { return true }
    if count < 2 * least { return true }
    return index < least - 1 || index >= count - least
  }
}
