import Foundation
import IndicatorModel

extension SMTPSettings {
  /// The environment variables boardpack reads, by option.
  public enum Variable {
    public static let url = "BOARDPACK_SMTP_URL"
    public static let user = "BOARDPACK_SMTP_USER"
    public static let password = "BOARDPACK_SMTP_PASSWORD"
    public static let from = "BOARDPACK_SMTP_FROM"
    public static let caFile = "BOARDPACK_SMTP_CA_FILE"
    public static let security = "BOARDPACK_SMTP_SECURITY"
  }

  /// Settings from command options, falling back to the environment variables in `Variable`.
  ///
  /// Takes the environment as a dictionary (pass `ProcessInfo.processInfo.environment`) so tests
  /// can give their own. A URL without a port gets 587 (`smtp://`, mail submission) or 465
  /// (`smtps://`).
  /// - Throws: `SMTPSettingsError` saying which option or variable to set or fix.
  public static func resolve(
    options: SMTPOptions = SMTPOptions(), environment: [String: String]
  ) throws -> SMTPSettings {
    func value(_ option: String?, _ variable: String) -> String? {
      let text = option ?? environment[variable]
      return text?.isEmpty == true ? nil : text
    }
    guard let urlText = value(options.url, Variable.url) else {
      throw SMTPSettingsError.missing(
        variable: Variable.url, example: "smtp://mail.example.org:587")
    }
    let (scheme, host, port) = try parseURL(urlText)
    guard let fromText = value(options.from, Variable.from) else {
      throw SMTPSettingsError.missing(
        variable: Variable.from, example: "Performance Team <performance@example.org>")
    }
    let sender: Mailbox
    do {
      sender = try MailAddress.parse(fromText, field: "sender")
    } catch {
      throw SMTPSettingsError.invalidSender(variable: Variable.from, reason: "\(error)")
    }
    let user = value(options.user, Variable.user)
    let password = value(options.password, Variable.password).map(SMTPPassword.init)
    if user != nil, password == nil {
      throw SMTPSettingsError.missing(variable: Variable.password, example: nil)
    }
    if user == nil, password != nil {
      throw SMTPSettingsError.missing(variable: Variable.user, example: nil)
    }
    var security: Security = scheme == "smtps" ? .implicitTLS : .startTLS
    if let text = value(options.security, Variable.security) {
      guard let chosen = Security(rawValue: text) else {
        throw SMTPSettingsError.invalidSecurity(text)
      }
      if (chosen == .implicitTLS) != (scheme == "smtps") {
        throw SMTPSettingsError.securityDoesNotMatchURL(security: text, scheme: scheme)
      }
      security = chosen
    }
    var settings = SMTPSettings(
      host: host, port: port, security: security, user: user, password: password,
      sender: sender, caFile: value(options.caFile, Variable.caFile))
    if let seconds = options.connectTimeout {
      settings.connectTimeout = .milliseconds(Int(seconds * 1000))
    }
    if let seconds = options.timeout { settings.timeout = .milliseconds(Int(seconds * 1000)) }
    return settings
  }

  /// Scheme, host and port of `smtp[s]://host[:port][/]`; anything else is refused.
  private static func parseURL(_ text: String) throws -> (String, String, Int) {
    // A password in the URL would be printed wherever the URL is (including this function's
    // own errors); credentials have their own variables.
    if text.contains("@") { throw SMTPSettingsError.credentialsInURL }
    guard !text.unicodeScalars.contains(where: HeaderText.isControl),
      let components = URLComponents(string: text),
      let scheme = components.scheme?.lowercased(), ["smtp", "smtps"].contains(scheme),
      let host = components.host, !host.isEmpty
    else {
      throw SMTPSettingsError.invalidURL(text)
    }
    guard components.path.isEmpty || components.path == "/", components.query == nil,
      components.fragment == nil
    else {
      throw SMTPSettingsError.invalidURL(text)
    }
    let port = components.port ?? (scheme == "smtps" ? 465 : 587)
    guard (1...65535).contains(port) else { throw SMTPSettingsError.invalidURL(text) }
    return (scheme, host, port)
  }
}
