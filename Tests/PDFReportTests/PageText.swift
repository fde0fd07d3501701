import Foundation

/// A PDF read back page by page with `pdftotext -layout` (pages end with a form feed): each
/// page's running header line and the lines of its body, for checks of page fullness and of
/// the running header.
struct PageText {
  /// The first line with text: the running header (on pages that have one).
  var header: String
  /// The lines with text between the running header and the footer.
  var body: [String]

  /// The lines with text of each page of the PDF at `url`.
  static func pages(of url: URL) throws -> [[String]] {
    let layout = try tool("pdftotext", ["-layout", url.path, "-"]).output
    return layout.components(separatedBy: "\u{0C}").dropLast().map { page in
      page.components(separatedBy: "\n").filter {
        !$0.trimmingCharacters(in: .whitespaces).isEmpty
      }
    }
  }

  /// A page's lines split into header, body and footer.
  init(lines: [String]) {
    header = lines.first?.trimmingCharacters(in: .whitespaces) ?? ""
    body = Array(lines.dropFirst().dropLast())
  }

  /// The title part of the running header: what is left of it once `period` is taken off
  /// its end, or nil when the header does not end with the period.
  func runningTitle(period: String) -> String? {
    guard header.hasSuffix(period) else { return nil }
    return header.dropLast(period.count).trimmingCharacters(in: .whitespaces)
  }
}
