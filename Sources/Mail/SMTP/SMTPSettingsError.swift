/// Why SMTP settings could not be made from the options and environment.
public enum SMTPSettingsError: Error, Hashable, Sendable, CustomStringConvertible {
  /// A required setting is missing; `example` shows a valid value.
  case missing(variable: String, example: String?)
  /// The URL is not `smtp://host[:port]` or `smtps://host[:port]`.
  case invalidURL(String)
  /// The URL holds a user or password.
  case credentialsInURL
  /// The sender is not a valid mailbox.
  case invalidSender(variable: String, reason: String)
  /// The security mode is not one boardpack knows.
  case invalidSecurity(String)
  /// `tls` was asked for with `smtp://`, or STARTTLS with `smtps://`.
  case securityDoesNotMatchURL(security: String, scheme: String)

  /// A sentence saying what to set.
  public var description: String {
    switch self {
    case .missing(let variable, let example):
      let hint = example.map { " (e.g. \"\($0)\")" } ?? ""
      return "no SMTP setting for \(variable): set the environment variable or the option\(hint)"
    case .invalidURL(let text):
      return
        "\"\(MessageError.visible(text))\" is not an SMTP server URL (expected smtp://host:port or smtps://host:port)"
    case .credentialsInURL:
      return
        "the SMTP URL must not hold a user or password; use \(SMTPSettings.Variable.user) and \(SMTPSettings.Variable.password)"
    case .invalidSender(let variable, let reason):
      return "\(variable): \(reason)"
    case .invalidSecurity(let text):
      let known = SMTPSettings.Security.allCases.map(\.rawValue).joined(separator: ", ")
      return
        "\"\(MessageError.visible(text))\" is not an SMTP security mode (expected one of \(known))"
    case .securityDoesNotMatchURL(let security, let scheme):
      return
        "security \"\(security)\" does not fit a \(scheme):// URL (use smtps:// with tls, smtp:// with starttls)"
    }
  }
}
