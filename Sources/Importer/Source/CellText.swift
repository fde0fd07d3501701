/// Cleaning export cells: real exports carry HTML fragments and suppression markers where a
/// number should be (Fingertips writes `<div class="no-data">-</div>` for a missing count).
enum CellText {
  /// The cell without markup, entities decoded, whitespace collapsed.
  ///
  /// Written by hand (no HTML parser in the local package set): exports only ever hold small
  /// fragments, and all that is wanted is their text, never their markup.
  static func plain(_ raw: String) -> String {
    var text = ""
    var inTag = false
    for character in raw {
      if character == "<" {
        inTag = true
      } else if character == ">" && inTag {
        inTag = false
        text.append(" ")
      } else if !inTag {
        text.append(character)
      }
    }
    for (entity, character) in entities {
      text = text.replacingOccurrences(of: entity, with: character)
    }
    return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  private static let entities = [
    ("&nbsp;", " "), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"),
    ("&apos;", "'"), ("&amp;", "&"),
  ]

  /// Markers publishers write for "no figure": Fingertips' dash, DfE's `c` (confidential),
  /// `x` (not available), `z` (not applicable), `u` (low reliability), `low`, ONS's `:` and `..`.
  static let suppressionMarkers: Set<String> = [
    "-", "–", "c", "x", "z", "u", "low", ":", "..", "*", "n/a", "na",
  ]

  /// Whether a cleaned cell says "no figure" rather than giving one.
  static func isSuppressed(_ text: String) -> Bool {
    suppressionMarkers.contains(text.lowercased())
  }
}
