import Foundation

/// The SMTP conversation as far as errors need it: the server's replies, and the client's
/// `MAIL FROM` and `RCPT TO` commands.
///
/// Fed by libcurl's debug callback. Nothing else the client sends is kept: AUTH lines carry the
/// password (base64 is not secrecy), and the message body is not needed to explain an error.
final class SMTPTranscript {
  enum Line: Equatable {
    case client(String)
    case server(String)
  }

  private(set) var lines: [Line] = []
  private let limit = 200

  /// Records one line the client sent, if it is a command worth keeping.
  func recordClient(_ text: String) {
    let line = trimmed(text)
    let upper = line.uppercased()
    guard upper.hasPrefix("MAIL FROM:") || upper.hasPrefix("RCPT TO:") else { return }
    append(.client(line))
  }

  /// Records one reply line from the server.
  func recordServer(_ text: String) {
    for line in text.split(whereSeparator: \.isNewline) {
      append(.server(String(line)))
    }
  }

  /// The last error reply (4xx or 5xx), preferring one with this code; nil when the server
  /// refused nothing (a TLS or connection failure is not the server's answer).
  func errorReply(code: Int?) -> String? {
    let replies = lines.compactMap { line -> String? in
      if case .server(let text) = line, (Self.code(of: text) ?? 0) >= 400 { return text }
      return nil
    }
    if let code, let match = replies.last(where: { Self.code(of: $0) == code }) {
      return match
    }
    return replies.last
  }

  /// The recipient of the last `RCPT TO` that the server answered with an error.
  var rejectedRecipient: String? {
    var pending: String?
    var rejected: String?
    for line in lines {
      switch line {
      case .client(let command) where command.uppercased().hasPrefix("RCPT TO:"):
        pending = command.dropFirst("RCPT TO:".count).trimmingPrefix(" ")
          .split(separator: " ").first.map { String($0) }
          .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "<>")) }
      case .client:
        pending = nil
      case .server(let reply):
        if let recipient = pending, (Self.code(of: reply) ?? 0) >= 400 { rejected = recipient }
        pending = nil
      }
    }
    return rejected
  }

  private func append(_ line: Line) {
    lines.append(line)
    if lines.count > limit { lines.removeFirst(lines.count - limit) }
  }

  private func trimmed(_ text: String) -> String {
    // `isNewline`, because "\r\n" is one Character, equal to neither "\r" nor "\n".
    String(text.prefix { !$0.isNewline })
  }

  private static func code(of reply: String) -> Int? {
    Int(reply.prefix(3))
  }
}
