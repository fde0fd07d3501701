import IndicatorModel

/// A paginated document: metadata, the running header and footer, and sections of blocks.
struct Document {
  var metadata: PDFMetadata
  var running: RunningText
  var style: PageStyle
  var sections: [Section]
}

/// A run of pages with one orientation; every section starts on a new page.
struct Section {
  var orientation: PageOrientation = .portrait
  /// False for a cover: no running header or footer.
  var runningHeader = true
  /// The section's blocks; a contents section reads the anchors and their page numbers,
  /// which are known from the second pass on.
  var content: Content

  enum Content {
    case blocks([Block])
    case contents(([ContentsEntry]) -> [Block])
  }
}

/// An anchor and the page it landed on (nil on the first pass).
struct ContentsEntry {
  var anchor: Anchor
  var page: Int?
}

/// What the running header and footer say.
struct RunningText {
  /// Left of the header: the pack's title.
  var title: String
  /// Right of the header: the reporting period.
  var period: String
  /// Left of the footer: "Data as at 31 March 2014".
  var footer: String
  /// A PNG drawn at the left of the header, from the pack's branding.
  var logoPath: String?
  /// Shorter forms of `title`, longest first, for when it does not fit its line.
  var shorterTitles: [String] = []
}

/// The document information dictionary (design §6.3).
public struct PDFMetadata: Hashable, Sendable {
  /// Document title.
  public var title: String
  /// Document author: the organisation.
  public var author: String
  /// What it is about.
  public var subject: String
  /// Comma-separated keywords.
  public var keywords: String
  /// Creation and modification date: from the pack, never the clock.
  public var date: CalendarDate

  /// Creates a value from its fields.
  public init(title: String, author: String, subject: String, keywords: String, date: CalendarDate)
  {
    self.title = title
    self.author = author
    self.subject = subject
    self.keywords = keywords
    self.date = date
  }
}
