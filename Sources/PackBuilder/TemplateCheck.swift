import Foundation
import HTMLReport
import IndicatorModel
import Templating

extension PackBuilder {
  /// What `boardpack check` says about a templates folder: a file that cannot be read, or a
  /// template that never uses a field boardpack added since it was copied
  /// (`TemplateSet.addedFields`). Nil folder: the built-in templates, nothing to say.
  public static func templateDiagnostics(folder: String?) -> [Diagnostic] {
    guard let folder else { return [] }
    do {
      return try TemplateSet.loading(from: URL(fileURLWithPath: folder)).missingFieldWarnings()
    } catch let error as TemplateError {
      return [
        .error(
          error.message,
          at: SourceLocation(file: error.origin, line: error.line ?? 1, column: error.column ?? 1))
      ]
    } catch {
      return [.error("cannot be read: \(error)", at: SourceLocation(file: folder))]
    }
  }
}
