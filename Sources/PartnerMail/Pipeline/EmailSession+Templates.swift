import Foundation
import Templating

extension EmailSession {
  /// The built-in templates, each replaced by the request's folder's `email/` file of that name.
  func templates() throws(EmailFailure) -> EmailTemplates {
    do {
      return try EmailTemplates.loading(
        from: request.templates.map(URL.init(fileURLWithPath:)))
    } catch let error as TemplateError {
      throw EmailFailure("\(error)", path: error.origin)
    } catch {
      throw EmailFailure("\(error)", path: request.templates)
    }
  }
}
