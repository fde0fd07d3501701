import Testing

@testable import CairoCanvas

/// The chart's `<title>` and `role="img"`, put into the `<svg>` start tag Cairo wrote.
@Suite struct SVGTitleTests {
  @Test(arguments: [
    (
      "<?xml version=\"1.0\"?>\n<svg width=\"8\">\n<g/></svg>", "A & B",
      "<?xml version=\"1.0\"?>\n<svg width=\"8\" role=\"img\">\n<title>A &amp; B</title>\n<g/></svg>"
    ),
    (
      "<svg>x</svg>", "<5% \"low\"> café",
      "<svg role=\"img\">\n<title>&lt;5% &quot;low&quot;&gt; café</title>x</svg>"
    ),
    ("no drawing", "t", "no drawing"),
    ("<svg", "t", "<svg"),
  ])
  func insert(svg: String, title: String, expected: String) {
    #expect(SVGTitle.insert(title: title, into: svg) == expected)
  }
}
