import IndicatorModel

/// Where and how to send mail: server, security, credentials, sender and time limits.
///
/// Built from command options and environment variables by `resolve(options:environment:)`;
/// never from files in the pack (design §6.5), so a pack in git never holds a password.
public struct SMTPSettings: Hashable, Sendable, CustomStringConvertible {
  /// How the connection is protected.
  public enum Security: String, Hashable, Sendable, CaseIterable {
    /// `smtp://`, upgraded with STARTTLS; the send fails when the server does not offer it.
    case startTLS = "starttls"
    /// `smtp://`, upgraded with STARTTLS when the server offers it, otherwise in the clear.
    case startTLSIfOffered = "starttls-if-offered"
    /// `smtps://`: TLS from the first byte (usually port 465).
    case implicitTLS = "tls"
  }

  /// The server host name or address.
  public var host: String
  /// The server port.
  public var port: Int
  /// How the connection is protected.
  public var security: Security
  /// The AUTH user; nil means no authentication.
  public var user: String?
  /// The AUTH password.
  public var password: SMTPPassword?
  /// The `From:` mailbox and envelope sender.
  public var sender: Mailbox
  /// A PEM file of certificates to trust instead of the system's (e.g. a private CA).
  public var caFile: String?
  /// How long to wait for the TCP and TLS connection.
  public var connectTimeout: Duration
  /// How long the whole send of one message may take.
  public var timeout: Duration

  /// Settings; see the properties. Timeouts default to 15 s to connect and 120 s in all.
  public init(
    host: String, port: Int, security: Security = .startTLS, user: String? = nil,
    password: SMTPPassword? = nil, sender: Mailbox, caFile: String? = nil,
    connectTimeout: Duration = .seconds(15), timeout: Duration = .seconds(120)
  ) {
    self.host = host
    self.port = port
    self.security = security
    self.user = user
    self.password = password
    self.sender = sender
    self.caFile = caFile
    self.connectTimeout = connectTimeout
    self.timeout = timeout
  }

  /// `smtps://host:port` or `smtp://host:port`, as libcurl takes it.
  public var url: String {
    let scheme = security == .implicitTLS ? "smtps" : "smtp"
    let shownHost = host.contains(":") ? "[\(host)]" : host
    return "\(scheme)://\(shownHost):\(port)"
  }

  /// The settings for a log line; the password shows as `<redacted>`.
  public var description: String {
    var parts = ["\(url) (\(security.rawValue))", "from \(sender)"]
    if let user { parts.append("user \(user)") }
    if password != nil { parts.append("password <redacted>") }
    if let caFile { parts.append("CA file \(caFile)") }
    return parts.joined(separator: ", ")
  }
}
