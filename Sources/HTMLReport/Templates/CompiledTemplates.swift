import Foundation
import Mustache
import Templating

/// A `TemplateSet` parsed into a Mustache library, or the first error with its file and line.
struct CompiledTemplates {
  let library: MustacheLibrary
  let styles: [String: String]

  init(_ set: TemplateSet) throws {
    var library = MustacheLibrary()
    for name in TemplateSet.templateNames {
      let file = set.file(name + ".mustache")
      try Self.checkPartials(in: file)
      do {
        library.register(try MustacheTemplate(string: file.text), named: name)
      } catch let error as MustacheTemplate.ParserError {
        throw TemplateError(
          origin: file.origin, line: error.context.lineNumber, column: error.context.columnNumber,
          message: TemplateError.words(for: error.error))
      }
    }
    self.library = library
    var styles: [String: String] = [:]
    for name in TemplateSet.styleNames {
      let file = set.file(name)
      // A style sheet is put inside <style>; an end tag in it would end the element early.
      if let line = Self.line(of: "</style", in: file.text) {
        throw TemplateError(
          origin: file.origin, line: line, column: nil,
          message: "a style sheet cannot contain \"</style\"")
      }
      styles[name] = file.text
    }
    self.styles = styles
  }

  /// Mustache renders an unknown partial as nothing, which would silently drop a section of
  /// the pack: here it is an error naming the line.
  static func checkPartials(in file: TemplateSet.File) throws {
    let known = Set(TemplateSet.templateNames)
    for (number, line) in file.text.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      var rest = line[...]
      while let open = rest.range(of: "{{>") {
        let after = rest[open.upperBound...]
        let end = after.range(of: "}}")?.lowerBound ?? after.endIndex
        let name = after[..<end].trimmingCharacters(in: .whitespaces)
        if !known.contains(name) {
          let column = line.distance(from: line.startIndex, to: open.lowerBound) + 1
          throw TemplateError(
            origin: file.origin, line: number + 1, column: column,
            message:
              "there is no partial \"\(name)\" (choose from \(TemplateSet.templateNames.joined(separator: ", ")))"
          )
        }
        rest = after[end...]
      }
    }
  }

  /// The 1-based line where `needle` first appears, case-insensitively.
  static func line(of needle: String, in text: String) -> Int? {
    for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated() where line.lowercased().contains(needle)
    {
      return number + 1
    }
    return nil
  }
}
