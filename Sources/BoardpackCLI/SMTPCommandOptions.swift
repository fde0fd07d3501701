import ArgumentParser
import Foundation
import IndicatorModel
import Mail

/// `boardpack email`'s SMTP options; each falls back to its `BOARDPACK_SMTP_*` variable.
///
/// There is deliberately no `--smtp-password`: an option's value is visible to every user of
/// the machine in the process list (`ps`) and is kept in shell history. The password comes from
/// `BOARDPACK_SMTP_PASSWORD` or from a file outside the pack.
struct SMTPCommandOptions: ParsableArguments {
  @Option(
    name: .customLong("smtp-url"),
    help: ArgumentHelp(
      "smtp://host[:port] (STARTTLS, port 587) or smtps://host[:port] (TLS, 465); env BOARDPACK_SMTP_URL.",
      valueName: "URL"))
  var url: String?

  @Option(
    name: .customLong("smtp-user"),
    help: ArgumentHelp("The AUTH user name; env BOARDPACK_SMTP_USER.", valueName: "USER"))
  var user: String?

  @Option(
    name: .customLong("smtp-from"),
    help: ArgumentHelp(
      "The sender, \"Name <name@example.org>\"; env BOARDPACK_SMTP_FROM.", valueName: "ADDR"))
  var from: String?

  @Option(
    name: .customLong("smtp-password-file"),
    help: ArgumentHelp(
      "Read the AUTH password from this file (its first line), which must be outside the pack. Otherwise it comes from BOARDPACK_SMTP_PASSWORD. There is no option for the password itself: other users could read it in the process list.",
      valueName: "FILE"))
  var passwordFile: String?

  @Option(
    name: .customLong("ca-file"),
    help: ArgumentHelp(
      "PEM certificates to trust instead of the system's (a private mail server); env BOARDPACK_SMTP_CA_FILE.",
      valueName: "FILE"))
  var caFile: String?

  @Option(
    help: ArgumentHelp(
      "starttls (default; fail without it), starttls-if-offered, or tls (with smtps://); env BOARDPACK_SMTP_SECURITY.",
      valueName: "MODE"))
  var security: String?

  /// The settings from these options and the environment.
  /// - Parameter packFolder: a password file inside it is refused (a pack lives in git).
  /// - Throws: `SMTPSettingsError`, or `ValidationError` for the password file.
  func settings(environment: [String: String], packFolder: String) throws -> SMTPSettings {
    try SMTPSettings.resolve(
      options: SMTPOptions(
        url: url, user: user, password: try password(packFolder: packFolder), from: from,
        caFile: caFile, security: security),
      environment: environment)
  }

  /// The sender alone, for a dry run: nil when neither the option nor the variable is set.
  func sender(environment: [String: String]) throws -> Mailbox? {
    guard let text = from ?? environment[SMTPSettings.Variable.from], !text.isEmpty else {
      return nil
    }
    do {
      return try MailAddress.parse(text, field: "sender")
    } catch {
      throw SMTPSettingsError.invalidSender(
        variable: SMTPSettings.Variable.from, reason: "\(error)")
    }
  }

  /// The first line of `--smtp-password-file`, or nil without the option.
  private func password(packFolder: String) throws -> String? {
    guard let passwordFile else { return nil }
    let file = URL(fileURLWithPath: passwordFile).standardizedFileURL.resolvingSymlinksInPath()
    let pack = URL(fileURLWithPath: packFolder).standardizedFileURL.resolvingSymlinksInPath()
    if file.path.hasPrefix(pack.path.hasSuffix("/") ? pack.path : pack.path + "/") {
      throw ValidationError(
        "--smtp-password-file \(passwordFile) is inside the pack folder; keep passwords out of the pack (it is usually in git)"
      )
    }
    guard let data = FileManager.default.contents(atPath: file.path),
      let text = String(data: data, encoding: .utf8)
    else {
      throw ValidationError("--smtp-password-file \(passwordFile) cannot be read")
    }
    let line = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first
    return line.map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: "\r")) }
  }
}
