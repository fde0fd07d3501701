import CCairo
import CPango
import Charts
import Testing

@testable import PDFReport

/// A page canvas that records every call: what is drawn, where, and the structure it is
/// declared in. Text is set by a real typesetter (on a small image surface) and recorded as
/// the words of the lines drawn.
final class RecordingPage: PageCanvas {
  /// One call.
  enum Event: Equatable {
    case startPage(PageSize)
    case finishPage
    case fill(Rect)
    case line(from: Point, to: Point)
    case text(String, at: Point)
    case chart(altText: String, in: Rect)
    case png(String, at: Point)
    case begin(PDFStructure)
    case end
  }

  /// Every call, in order.
  private(set) var events: [Event] = []
  let typesetter: Typesetter
  private let surface: OpaquePointer
  private let cairo: OpaquePointer

  init() {
    surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 10, 10)!
    cairo = cairo_create(surface)!
    typesetter = Typesetter(context: cairo, family: "Liberation Sans")
  }

  deinit {
    cairo_destroy(cairo)
    cairo_surface_destroy(surface)
  }

  func startPage(_ size: PageSize) { events.append(.startPage(size)) }
  func finishPage() { events.append(.finishPage) }
  func fill(_ rect: Rect, colour: Colour) { events.append(.fill(rect)) }

  func strokeLine(from start: Point, to end: Point, style: StrokeStyle) {
    events.append(.line(from: start, to: end))
  }

  func draw(_ text: TextLines, lines range: Range<Int>, at origin: Point) {
    events.append(.text(Self.words(of: text, range), at: origin))
  }

  func draw(_ chart: any Chart, in rect: Rect, scale: Double, style: ChartStyle) {
    events.append(.chart(altText: chart.altText, in: rect))
  }

  /// Records the image and draws nothing, as for a file that is not a PNG.
  func drawPNG(_ path: String, at origin: Point, height: Double) -> Double? {
    events.append(.png(path, at: origin))
    return nil
  }

  func begin(_ element: PDFStructure) { events.append(.begin(element)) }
  func end() { events.append(.end) }

  /// The words of lines `range`, white space made single spaces.
  static func words(of text: TextLines, _ range: Range<Int>) -> String {
    let bytes = Array(String(cString: pango_layout_get_text(text.layout)).utf8)
    let lines = range.map { index in
      let line = pango_layout_get_line_readonly(text.layout, Int32(index))!.pointee
      let start = Int(line.start_index)
      return String(decoding: bytes[start..<(start + Int(line.length))], as: UTF8.self)
    }
    return lines.joined(separator: " ").split(whereSeparator: \.isWhitespace)
      .joined(separator: " ")
  }
}

extension ExamplePDFs {
  /// This example's board pack drawn on a recording page, with the content it was made from.
  /// `logoPath` only makes the header draw a logo: the recording page never opens the file.
  func recordedPack(logoPath: String? = nil) throws -> (page: RecordingPage, content: ReportContent)
  {
    let content = ReportContent(
      pack: pack, assessment: assessment, period: try #require(assessment.period),
      style: PageStyle(branding: pack.branding))
    let page = RecordingPage()
    _ = DocumentRenderer.draw(
      BoardPackPDF.document(content, date: date, logoPath: logoPath), on: page)
    return (page, content)
  }
}
