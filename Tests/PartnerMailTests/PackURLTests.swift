import Testing

@testable import PartnerMail

/// Only absolute http: and https: addresses with a host become the link in a partner's message.
@Suite struct PackURLTests {
  @Test(
    "accepted",
    arguments: [
      "https://intranet.example.org/packs/2013-14-q4?a=1&b=2",
      "http://intranet/packs/",
      "HTTPS://Example.org",
      "https://example.org:8443/board%20packs/#q4",
    ])
  func accepted(text: String) throws {
    #expect(try PackURL(text).text == text)
  }

  @Test(
    "refused, with the reason",
    arguments: [
      ("javascript:alert(1)", PackURLError.Reason.scheme("javascript")),
      ("JavaScript://example.org/%0Aalert(1)", .scheme("JavaScript")),
      ("data:text/html,<script>alert(1)</script>", .character("<")),
      ("data:text/html;base64,PHNjcmlwdD4=", .scheme("data")),
      ("file:///etc/passwd", .scheme("file")),
      ("ftp://example.org/pack.pdf", .scheme("ftp")),
      ("mailto:board@example.org", .scheme("mailto")),
      ("//example.org/packs", .notAbsolute),
      ("/packs/2013-14-q4", .notAbsolute),
      ("packs/2013-14-q4", .notAbsolute),
      ("https://", .noHost),
      ("https:/packs", .noHost),
      ("https://intranet.example.org@evil.example/", .userInfo),
      ("https://example.org/a b", .character(" ")),
      ("https://example.org/\r\nBcc: x@example.org", .character("\r")),
      ("https://example.org/\"><script>", .character("\"")),
      ("https://exämple.org/", .character("ä")),
      ("", .notAbsolute),
    ])
  func refused(text: String, reason: PackURLError.Reason) {
    #expect(throws: PackURLError(value: text, reason: reason)) { try PackURL(text) }
  }

  @Test func theErrorSaysWhatIsAccepted() {
    #expect(
      PackURLError(value: "javascript:alert(1)", reason: .scheme("javascript")).description
        == "the pack URL \"javascript:alert(1)\" was refused: it is a javascript: address, not a web page; only absolute http: and https: URLs with a host are accepted, e.g. https://intranet.example.org/board-packs/2013-14-q4/"
    )
    #expect(
      PackURLError(value: "https://x.org/a\r\nb", reason: .character("\r")).description
        .hasPrefix(
          "the pack URL \"https://x.org/a\\r\\nb\" was refused: it holds \"\\r\", which a URL cannot hold unencoded (percent-encode it: a space is %20)"
        ))
  }
}
