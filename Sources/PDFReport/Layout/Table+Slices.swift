extension Table {
  /// The header slice, then a slice per row; rows after the first repeat the header when a
  /// page breaks before them. The first slice begins the table element and the last ends it.
  func slices(width: Double, typesetter: Typesetter, style: PageStyle) -> [Slice] {
    let grid = TableGrid(table: self, width: width, typesetter: typesetter, style: style)
    var slices = [grid.header(repeated: false)]
    let count = rows.count
    for (index, row) in rows.enumerated() {
      var slice = grid.slice(row)
      // The header with the first two rows; the last two rows together.
      if index == 0 && count > 1 { slice.keepWithNext = true }
      if index == count - 2 { slice.keepWithNext = true }
      if index > 0 {
        slice.continuationHeader = { grid.header(repeated: true) }
      }
      slices.append(slice)
    }
    return slices.within(.table)
  }
}
