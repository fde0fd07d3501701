import Foundation
import IndicatorModel
import Mail

extension EmailSession {
  /// What to do about a missing or wrong setting, printed after it.
  static let settingsAdvice =
    "Set the BOARDPACK_SMTP_* variables or the --smtp-* options (boardpack email --help), or use --dry-run to write .eml files without sending."

  /// The SMTP settings from the request's options, its password file and the environment; for
  /// a dry run, the sender alone (`PartnerMail.draftSender` without one).
  func delivery() throws(EmailFailure) -> Delivery {
    do {
      guard !request.dryRun else {
        return Delivery(settings: nil, sender: try draftSender() ?? PartnerMail.draftSender)
      }
      var options = request.smtp
      if let file = request.passwordFile { options.password = try password(from: file) }
      let settings = try SMTPSettings.resolve(options: options, environment: request.environment)
      return Delivery(settings: settings, sender: settings.sender)
    } catch let failure as EmailFailure {
      throw failure
    } catch {
      // SMTPSettingsError, which says what to set.
      throw EmailFailure("error: \(error)\n\(Self.settingsAdvice)")
    }
  }

  /// The sender alone, for a dry run: nil when neither the option nor the variable is set.
  private func draftSender() throws -> Mailbox? {
    let variable = SMTPSettings.Variable.from
    guard let text = request.smtp.from ?? request.environment[variable], !text.isEmpty else {
      return nil
    }
    do {
      return try MailAddress.parse(text, field: "sender")
    } catch {
      throw SMTPSettingsError.invalidSender(variable: variable, reason: "\(error)")
    }
  }

  /// The first line of the password file, which must be outside the pack (a pack lives in git).
  private func password(from path: String) throws(EmailFailure) -> String? {
    let file = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
    let pack = URL(fileURLWithPath: request.packDirectory).standardizedFileURL
      .resolvingSymlinksInPath()
    if file.path.hasPrefix(pack.path.hasSuffix("/") ? pack.path : pack.path + "/") {
      throw EmailFailure(
        "--smtp-password-file \(path) is inside the pack folder; keep passwords out of the pack (it is usually in git)",
        path: path, isUsageError: true)
    }
    guard let data = FileManager.default.contents(atPath: file.path),
      let text = String(data: data, encoding: .utf8)
    else {
      throw EmailFailure(
        "--smtp-password-file \(path) cannot be read", path: path, isUsageError: true)
    }
    let line = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first
    return line.map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: "\r")) }
  }
}
