/// Text as a cell can hold it: Excel keeps at most 32,767 characters in a cell (libxlsxwriter
/// counts them in UTF-8 bytes and refuses a longer string), and XML 1.0 has no place for the
/// noncharacters U+FFFE and U+FFFF. Anything longer is cut at a character with a note that
/// says so; the pack's loader has already refused control characters.
enum CellText {
  /// The most UTF-8 bytes libxlsxwriter writes into one cell.
  static let maximumBytes = 32_767

  /// What is added where text was cut.
  static let cutNote = " … (cut to fit a cell; the whole text is in the board pack)"

  /// `text` as it can be written into a cell: unchanged in the common case.
  static func fitting(_ text: String) -> String {
    var text = text
    // U+FFFE and U+FFFF start with the byte 0xEF in UTF-8: most text has none to look for.
    if text.utf8.contains(0xEF),
      text.unicodeScalars.contains(where: { $0.value == 0xFFFE || $0.value == 0xFFFF })
    {
      text.unicodeScalars.removeAll { $0.value == 0xFFFE || $0.value == 0xFFFF }
    }
    guard text.utf8.count > maximumBytes else { return text }
    let room = maximumBytes - cutNote.utf8.count
    var kept = ""
    var bytes = 0
    for character in text {
      let size = character.utf8.count
      if bytes + size > room { break }
      kept.append(character)
      bytes += size
    }
    return kept + cutNote
  }
}
