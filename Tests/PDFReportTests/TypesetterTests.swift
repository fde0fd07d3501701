import CCairo
import Charts
import Testing

@testable import PDFReport

/// The typesetter's paragraph cache: the same request gives the same set lines; anything that
/// changes the lines gives new ones.
struct TypesetterTests {
  /// A typesetter on a small image surface (the metrics are unhinted, so any surface will do).
  func withTypesetter(_ body: (Typesetter) -> Void) {
    let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 10, 10)!
    let cairo = cairo_create(surface)!
    body(Typesetter(context: cairo, family: "Liberation Sans"))
    cairo_destroy(cairo)
    cairo_surface_destroy(surface)
  }

  @Test("the same markup, width and style is set once and shared")
  func sameRequestShared() {
    withTypesetter { typesetter in
      let style = ParagraphStyle(size: 9)
      let first = typesetter.set("Q4 <b>2013/14</b>", width: 80, style: style)
      var spaced = style
      spaced.spaceBefore = 12
      #expect(typesetter.set("Q4 <b>2013/14</b>", width: 80, style: style) === first)
      #expect(
        typesetter.set("Q4 <b>2013/14</b>", width: 80, style: spaced) === first,
        "space above does not change the lines")
    }
  }

  @Test(
    "a different markup, width or style is set anew",
    arguments: [
      ("Q4 2013/14", 80.0, ParagraphStyle(size: 9)),
      ("Q4 <b>2013/14</b>", 30.0, ParagraphStyle(size: 9)),
      ("Q4 <b>2013/14</b>", 80.0, ParagraphStyle(size: 10)),
      ("Q4 <b>2013/14</b>", 80.0, ParagraphStyle(size: 9, bold: true)),
      ("Q4 <b>2013/14</b>", 80.0, ParagraphStyle(size: 9, colour: .white)),
      ("Q4 <b>2013/14</b>", 80.0, ParagraphStyle(size: 9, alignment: .trailing)),
      ("Q4 <b>2013/14</b>", 80.0, ParagraphStyle(size: 9, lineSpacing: 3)),
    ])
  func differentRequestSetAnew(markup: PangoMarkup, width: Double, style: ParagraphStyle) {
    withTypesetter { typesetter in
      let base = typesetter.set("Q4 <b>2013/14</b>", width: 80, style: ParagraphStyle(size: 9))
      let other = typesetter.set(markup, width: width, style: style)
      #expect(other !== base)
      let fresh = Typesetter(context: typesetter.context, family: "Liberation Sans")
        .set(markup, width: width, style: style)
      #expect(other.lines.map(\.height) == fresh.lines.map(\.height))
      #expect(other.lines.map(\.width) == fresh.lines.map(\.width))
    }
  }

  @Test(
    "plain text (set without the markup parser) measures as the same text through it",
    arguments: [
      "2013/14 Q4", "1,684", "–", "", "Registration with a Children's Centre by age 5",
    ] as [PangoMarkup])
  func plainTextPath(text: PangoMarkup) {
    withTypesetter { typesetter in
      let style = ParagraphStyle(size: 8, alignment: .trailing)
      let plain = typesetter.set(text, width: 60, style: style)
      let parsed = typesetter.set("<span>\(text)</span>", width: 60, style: style)
      #expect(plain.lines.count == parsed.lines.count)
      #expect(plain.lines.map(\.width) == parsed.lines.map(\.width))
      #expect(plain.lines.map(\.left) == parsed.lines.map(\.left))
      #expect(plain.height == parsed.height)
    }
  }
}
