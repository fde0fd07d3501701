import Foundation
import Mustache
import Templating

/// The three email templates, parsed: `subject.mustache`, `text.mustache`, `html.mustache`.
///
/// The defaults are the files in the repository's `Templates/email/`, compiled into boardpack
/// (see `DefaultEmailTemplates`). A templates folder (`--templates DIR`) replaces them file by
/// file from `DIR/email/`, as the dashboard's templates are replaced from `DIR/`.
public struct EmailTemplates: Sendable {
  /// One template's text and where it came from, so an error can name it.
  public struct File: Sendable, Hashable {
    /// `subject.mustache`.
    public var name: String
    /// The template text.
    public var text: String
    /// `Templates/email/subject.mustache`, or `email/subject.mustache (built in)`.
    public var origin: String
  }

  /// The template file names, in the folder `email/`.
  public static let names = ["subject.mustache", "text.mustache", "html.mustache"]

  /// Each file by name.
  public let files: [String: File]
  private let subject: MustacheTemplate
  private let text: MustacheTemplate
  private let html: MustacheTemplate

  /// The subject and the plain-text body are not HTML: this pragma, put before their text,
  /// turns Mustache's HTML escaping off for them, so `Children's` stays as it is. It is added
  /// here rather than written in the files so an edited copy cannot lose it.
  static let textPragma = "{{% CONTENT_TYPE: TEXT}}"

  /// Parses the files.
  /// - Throws: `TemplateError` naming the file, line and column.
  public init(files: [String: File]) throws {
    self.files = files
    func file(_ name: String) -> File {
      files[name] ?? File(name: name, text: "", origin: "email/\(name)")
    }
    subject = try Self.parse(file("subject.mustache"), plainText: true)
    text = try Self.parse(file("text.mustache"), plainText: true)
    html = try Self.parse(file("html.mustache"), plainText: false)
  }

  /// The built-in templates (the repository's `Templates/email/` at build time).
  public static func defaults() throws -> EmailTemplates {
    try EmailTemplates(files: builtIn)
  }

  private static var builtIn: [String: File] {
    var files: [String: File] = [:]
    for (name, text) in DefaultEmailTemplates.files {
      files[name] = File(name: name, text: text, origin: "email/\(name) (built in)")
    }
    return files
  }

  /// The defaults, each replaced by the file of the same name in `folder/email/` when there is
  /// one; nil `folder` gives the defaults.
  /// - Throws: `TemplateError` for a file that cannot be read or parsed.
  public static func loading(from folder: URL?) throws -> EmailTemplates {
    var files = builtIn
    if let folder {
      for name in names {
        let url = folder.appendingPathComponent("email").appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: url.path) else { continue }
        guard let data = try? Data(contentsOf: url) else {
          throw TemplateError(
            origin: url.relativePath, line: nil, column: nil, message: "cannot be read")
        }
        guard let text = String(data: data, encoding: .utf8) else {
          throw TemplateError(
            origin: url.relativePath, line: nil, column: nil, message: "is not UTF-8 text")
        }
        files[name] = File(name: name, text: text, origin: url.relativePath)
      }
    }
    return try EmailTemplates(files: files)
  }

  /// The subject line: the template's output with surrounding white space (such as the file's
  /// final newline) removed. A line break inside it is left for the message encoder to refuse.
  public func subject(_ context: EmailContext) -> String {
    subject.render(context).trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// The plain-text body, not escaped.
  public func textBody(_ context: EmailContext) -> String {
    text.render(context)
  }

  /// The HTML body; fields are escaped for HTML.
  public func htmlBody(_ context: EmailContext) -> String {
    html.render(context)
  }

  private static func parse(_ file: File, plainText: Bool) throws -> MustacheTemplate {
    if let line = file.text.split(separator: "\n", omittingEmptySubsequences: false)
      .firstIndex(where: { $0.contains("{{>") })
    {
      // An unknown partial would render as nothing and silently drop part of the message.
      throw TemplateError(
        origin: file.origin, line: line + 1, column: nil,
        message: "email templates have no partials (\"{{>\")")
    }
    let prefix = plainText ? textPragma : ""
    do {
      return try MustacheTemplate(string: prefix + file.text)
    } catch let error as MustacheTemplate.ParserError {
      let line = error.context.lineNumber
      let column = error.context.columnNumber - (line == 1 ? prefix.count : 0)
      throw TemplateError(
        origin: file.origin, line: line, column: max(1, column),
        message: TemplateError.words(for: error.error))
    }
  }
}
