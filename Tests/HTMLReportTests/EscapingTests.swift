import Foundation
import IndicatorModel
import Testing

@testable import HTMLReport

/// Commentary is Markdown; HTML in it is shown as text and never becomes markup.
@Suite struct EscapingTests {
  @Test(arguments: [
    ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
    ("**55%** & rising", "<strong>55%</strong> &amp; rising"),
    ("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;"),
    ("Use `<b>` here", "<code>&lt;b&gt;</code>"),
    ("[report](https://example.org/a)", "<a href=\"https://example.org/a\">report</a>"),
    ("[click](javascript:alert(1))", "click"),
    ("![chart](https://example.org/x.png)", "[image: chart]"),
  ])
  func commentaryMarkdown(markdown: String, expected: String) {
    let html = CommentaryMarkdown.html(from: markdown)
    #expect(html.contains(expected), "\(html)")
    #expect(!html.contains("<script"))
    #expect(!html.contains("<img"))
    #expect(!html.contains("javascript:"))
  }

  @Test func aScriptInCommentaryAppearsLiterallyOnThePage() throws {
    var pack = ExampleDashboard.pack
    let period = try #require(Period(anyLabel: "2013/14 Q4"))
    pack.commentary[period]?["cc-registration"] = Commentary(
      indicator: "cc-registration", author: "<b>Someone</b>",
      text: "Note: <script>alert('x')</script> and *emphasis*.",
      actions: [Action(owner: "A & B", action: "Fix <this>")])
    let page = try ExampleDashboard.page("2013/14 Q4", pack: pack)
    #expect(
      page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
        || page.contains("&lt;script&gt;alert('x')&lt;/script&gt;"))
    #expect(!page.contains("<script"))
    #expect(page.contains("<em>emphasis</em>"))
    #expect(page.contains("Commentary from &lt;b&gt;Someone&lt;/b&gt;"))
    #expect(page.contains("<td>Fix &lt;this&gt;</td><td>A &amp; B</td>"))
  }
}
