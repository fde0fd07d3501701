/// A template that cannot be used, with the file and line at fault:
/// `Templates/tiles.mustache:12:5: error: the section "themes" is closed with "theme"`.
///
/// It lives in `Templating`, the one small target both template users depend on — the dashboard
/// (`HTMLReport`) and the partner emails (`PartnerMail`) — so the emails need not depend on the
/// dashboard, and with it Cairo, Pango and Ink, to name a broken template the same way. It is
/// not in `IndicatorModel`: a template is an output's concern, not the pack's, and naming
/// swift-mustache's parser errors (`TemplateError+Words.swift`) needs Mustache, which the model
/// never imports.
public struct TemplateError: Error, CustomStringConvertible, Hashable, Sendable {
  /// The template's path as the user wrote it, or `name (built in)`.
  public var origin: String
  /// 1-based line, when known.
  public var line: Int?
  /// 1-based column, when known.
  public var column: Int?
  /// What is wrong, in words a performance officer can act on.
  public var message: String

  /// Creates an error from its parts.
  public init(origin: String, line: Int?, column: Int?, message: String) {
    self.origin = origin
    self.line = line
    self.column = column
    self.message = message
  }

  /// `file:line:column: error: message`, the form every boardpack error takes.
  public var description: String {
    var place = origin
    if let line { place += ":\(line)" }
    if let line, line > 0, let column { place += ":\(column)" }
    return "\(place): error: \(message)"
  }
}
