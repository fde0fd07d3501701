import Testing

@testable import CairoCanvas

/// Ids in Cairo's SVG: prefixed, surfaces renumbered in order of appearance, the rest untouched.
@Suite struct SVGIdentifiersTests {
  @Test(arguments: [
    ("", ""),
    ("<svg></svg>", "<svg></svg>"),
    (
      "<g id=\"surface57\"><use xlink:href=\"#glyph0-1\" x=\"1\"/></g>",
      "<g id=\"c-surface1\"><use xlink:href=\"#c-glyph0-1\" x=\"1\"/></g>"
    ),
    (
      "<g id=\"surface9\"/><g id=\"surface4\"/><use href=\"#surface9\"/>",
      "<g id=\"c-surface1\"/><g id=\"c-surface2\"/><use href=\"#c-surface1\"/>"
    ),
    (
      "<path clip-path=\"url(#clip1)\" fill=\"url(#surfaceX)\"/>",
      "<path clip-path=\"url(#c-clip1)\" fill=\"url(#c-surfaceX)\"/>"
    ),
    ("<g id=\"surface\"/>", "<g id=\"c-surface\"/>"),
    // Text that only looks like the start of an opener, and an opener at the very end.
    ("<text>hid ur i h u</text> id=\"", "<text>hid ur i h u</text> id=\"c-"),
    ("<g id=\"é-1\">é</g>", "<g id=\"c-é-1\">é</g>"),
  ])
  func rewrite(svg: String, expected: String) {
    #expect(SVGIdentifiers.rewrite(svg, prefix: "c-") == expected)
  }
}
