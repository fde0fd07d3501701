import Testing

@testable import PDFReport

/// Commentary Markdown to Pango markup: the subset converted, everything else escaped.
struct MarkdownTests {
  @Test(
    "inline Markdown becomes Pango markup",
    arguments: [
      ("now at **55%**, but", "now at <b>55%</b>, but"),
      ("an *important* point", "an <i>important</i> point"),
      ("an _important_ point", "an <i>important</i> point"),
      ("snake_case_words stay", "snake_case_words stay"),
      ("a lone * star", "a lone * star"),
      ("**unclosed bold", "**unclosed bold"),
      ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
      ("Tom & Jerry's \"show\"", "Tom &amp; Jerry&#39;s &quot;show&quot;"),
      (
        "see [the plan](https://example.org/a?b=1&c=2)",
        "see the plan (https://example.org/a?b=1&amp;c=2)"
      ),
      ("`code <b>`", "<tt>code &lt;b&gt;</tt>"),
      ("**bold with *italic* inside**", "<b>bold with <i>italic</i> inside</b>"),
    ])
  func inline(markdown: String, markup: String) {
    #expect(PangoMarkdown.inline(markdown).text == markup)
  }

  @Test("paragraphs and list items, with continuation lines")
  func blocks() {
    let text = """
      First paragraph
      continues here.

      - one item
        wraps on
      - **two**
      3. numbered

      Last.
      """
    #expect(
      PangoMarkdown.blocks(text) == [
        .paragraph("First paragraph continues here."),
        .item(marker: "•", text: "one item wraps on"),
        .item(marker: "•", text: "<b>two</b>"),
        .item(marker: "3.", text: "numbered"),
        .paragraph("Last."),
      ])
  }
}
