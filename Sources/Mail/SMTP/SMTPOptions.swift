/// SMTP settings as a command's options give them; each nil falls back to the environment.
public struct SMTPOptions: Hashable, Sendable {
  /// `smtp://host:port` or `smtps://host:port` (`BOARDPACK_SMTP_URL`).
  public var url: String?
  /// The AUTH user (`BOARDPACK_SMTP_USER`).
  public var user: String?
  /// The AUTH password (`BOARDPACK_SMTP_PASSWORD`); the environment is the safer place for it.
  public var password: String?
  /// `Name <name@example.org>` (`BOARDPACK_SMTP_FROM`).
  public var from: String?
  /// A PEM file of trusted certificates (`BOARDPACK_SMTP_CA_FILE`).
  public var caFile: String?
  /// `starttls` (default), `starttls-if-offered` or `tls` (`BOARDPACK_SMTP_SECURITY`); an
  /// `smtps://` URL implies `tls`.
  public var security: String?
  /// Seconds to wait for the connection.
  public var connectTimeout: Double?
  /// Seconds one message may take in all.
  public var timeout: Double?

  /// Options; every one may be nil.
  public init(
    url: String? = nil, user: String? = nil, password: String? = nil, from: String? = nil,
    caFile: String? = nil, security: String? = nil, connectTimeout: Double? = nil,
    timeout: Double? = nil
  ) {
    self.url = url
    self.user = user
    self.password = password
    self.from = from
    self.caFile = caFile
    self.security = security
    self.connectTimeout = connectTimeout
    self.timeout = timeout
  }
}
