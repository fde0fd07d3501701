/// Why a message was not delivered, in words a performance officer can act on.
///
/// Carries libcurl's own error text and the server's last SMTP reply code and text where there
/// was one. The password is never part of it: libcurl does not echo it, and the transport scrubs
/// every text it keeps in case a server does.
public struct SMTPError: Error, Hashable, Sendable, CustomStringConvertible {
  /// What went wrong, by what the user should check.
  public enum Kind: String, Hashable, Sendable {
    /// Nothing answered at the host and port, or the name did not resolve.
    case connectionFailed = "connection-failed"
    /// The server refused the user name or password.
    case authenticationFailed = "authentication-failed"
    /// The server refused a recipient (`RCPT TO`).
    case recipientRejected = "recipient-rejected"
    /// The server refused the sender (`MAIL FROM`), often a sender the account may not use.
    case senderRejected = "sender-rejected"
    /// STARTTLS was not offered, or the TLS handshake or certificate check failed.
    case tlsFailed = "tls-failed"
    /// The server did not answer in time.
    case timedOut = "timed-out"
    /// The server refused the message itself, or anything else.
    case failed
  }

  /// What went wrong.
  public var kind: Kind
  /// `smtp://host:port`.
  public var server: String
  /// libcurl's result code (`CURLE_*`).
  public var curlCode: Int
  /// libcurl's error text, e.g. "Failed to connect to 127.0.0.1 port 25: Connection refused".
  public var curlMessage: String
  /// The server's last SMTP reply code, when there was a reply.
  public var responseCode: Int?
  /// The server's last error reply (4xx/5xx), e.g. "550 5.1.1 <x@example.org>: Recipient rejected".
  public var serverReply: String?
  /// The recipient the server refused, when the transcript shows which.
  public var recipient: String?

  /// Plain English first, then curl's text and the SMTP reply for whoever runs the server.
  public var description: String {
    var text: String
    switch kind {
    case .connectionFailed:
      text =
        "could not connect to the mail server \(server) (check the host and port, and that it is running)"
    case .authenticationFailed:
      text = "the mail server \(server) refused the user name or password"
    case .recipientRejected:
      text = "the mail server \(server) refused the recipient \(recipient ?? "(unknown)")"
    case .senderRejected:
      text = "the mail server \(server) refused the sender address"
    case .tlsFailed:
      text =
        "a secure (TLS) connection to the mail server \(server) failed (check that it offers STARTTLS, and the CA file if it uses a private certificate)"
    case .timedOut:
      text = "the mail server \(server) did not answer in time"
    case .failed:
      text = "sending through the mail server \(server) failed"
    }
    var details = ["curl: \(curlMessage)"]
    if let serverReply {
      details.append("server said: \(serverReply)")
    } else if let responseCode, responseCode >= 400 {
      details.append("SMTP \(responseCode)")
    }
    return text + "; " + details.joined(separator: "; ")
  }
}
