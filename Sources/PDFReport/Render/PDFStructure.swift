/// What a piece of page content is in the document's logical structure: the standard structure
/// types of tagged PDF (ISO 32000-1 §14.8.4), as far as the board pack and the partner
/// summaries use them.
///
/// Content declares its structure through ``PageCanvas/begin(_:)`` and ``PageCanvas/end()``;
/// `CairoPage` does not write it into the PDF yet (issue 21 turns it into Cairo tags).
enum PDFStructure: Hashable {
  /// The whole document: every page's content is inside it.
  case document
  /// A heading, `level` 1 to 6 (H1 … H6): the cover title is 1, a section 2, an indicator 3.
  case heading(level: Int)
  /// A paragraph (P).
  case paragraph
  /// A list (L) of `listItem`s.
  case list
  /// One item of a list (LI): a `label` and a `listBody`, or a body alone.
  case listItem
  /// The bullet or number of a list item (Lbl).
  case label
  /// The text of a list item (LBody).
  case listBody
  /// A table: its header row, then its rows.
  case table
  /// The header row of a table (TR inside THead), of `headerCell`s.
  case tableHeaderRow
  /// A row of a table (TR), of `dataCell`s, or of one row `headerCell` for a group title.
  case tableRow
  /// A header cell (TH): a column's title, or a group title heading the rows under it.
  case headerCell(scope: HeaderScope)
  /// A data cell (TD).
  case dataCell
  /// A chart, icon or badge, read out as its text alternative.
  case figure(alt: String)
  /// A link to a named place in the document (an anchor's id).
  case link(destination: String)
  /// Decoration and page furniture outside the structure: the running header and footer,
  /// rules, fills and repeated table headers.
  case artifact

  /// Which cells a header cell heads.
  enum HeaderScope: Hashable {
    /// The cells of its row (and, for a group title, the rows under it).
    case row
    /// The cells of its column.
    case column
  }
}
