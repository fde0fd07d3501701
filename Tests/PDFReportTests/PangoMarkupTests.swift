import Charts
import Testing

@testable import PDFReport

/// Text from the pack becomes Pango markup only escaped; markup written in code stays markup.
struct PangoMarkupTests {
  @Test(
    "each markup character is escaped; text without one comes back as it was",
    arguments: [
      ("2013/14 Q4", "2013/14 Q4"),
      ("", ""),
      ("Children’s centre – 55.0%", "Children’s centre – 55.0%"),
      ("A & B", "A &amp; B"),
      ("<b>x</b>", "&lt;b&gt;x&lt;/b&gt;"),
      ("it's \"so\"", "it&#39;s &quot;so&quot;"),
      ("é > e", "é &gt; e"),
    ])
  func escape(text: String, expected: String) {
    #expect(PangoMarkup(escaping: text).text == expected)
  }

  @Test("an interpolated String is escaped; interpolated markup and the literal are not")
  func interpolation() {
    let label = "<i>Tom & Jerry's</i>"
    let bold = PangoMarkup.bold("a < b")
    let markup: PangoMarkup = "<span size=\"smaller\">\(label)</span> \(bold) \(12)"
    #expect(
      markup.text
        == "<span size=\"smaller\">&lt;i&gt;Tom &amp; Jerry&#39;s&lt;/i&gt;</span> <b>a &lt; b</b> 12"
    )
  }

  @Test("the styles escape their text")
  func styles() {
    #expect(PangoMarkup.bold("R&D").text == "<b>R&amp;D</b>")
    #expect(PangoMarkup.italic("<x>").text == "<i>&lt;x&gt;</i>")
    #expect(
      PangoMarkup.coloured("! '", Colour(rgb: 0xC0_1B_2C)).text
        == "<span foreground=\"#C01B2C\">! &#39;</span>")
  }

  @Test("concatenation keeps each side as it is")
  func concatenation() {
    var markup = PangoMarkup(escaping: "a&b") + "<b>c</b>"
    markup += PangoMarkup(escaping: "<")
    #expect(markup.text == "a&amp;b<b>c</b>&lt;")
    #expect(markup == "a&amp;b<b>c</b>&lt;")
  }
}
