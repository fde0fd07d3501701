import Crypto
import Foundation
import IndicatorModel

extension MailMessage {
  /// Checks every header field and writes the MIME message.
  ///
  /// The layout is `multipart/mixed` holding a `multipart/alternative` (text, then HTML, both
  /// UTF-8 quoted-printable) and then each attachment (base64, 76 columns). The same message
  /// always gives the same bytes: the date is an input, and the boundaries are derived from a
  /// hash of the content.
  /// - Parameter identity: what the `Message-ID` is derived from (a batch message's pack,
  ///   period, recipient group and attachments); without one, it is a hash of the whole content.
  /// - Throws: `MessageError` naming the field that cannot be written safely.
  public func encoded(identity: MessageIdentity? = nil) throws -> EncodedMessage {
    try validate()
    let digest = contentDigest()
    let domain = domain(of: from.address)
    let messageID =
      identity?.messageID(domain: domain) ?? "<boardpack.\(digest.prefix(32))@\(domain)>"
    let mixed = "=_boardpack_mixed_\(digest.suffix(16))"
    let alternative = "=_boardpack_alt_\(digest.suffix(16))"

    var out = ""
    out += "Date: \(MessageDate.format(date))\r\n"
    out += addressField("From", [from])
    out += addressField("To", to)
    out += subjectField()
    out += "Message-ID: \(messageID)\r\n"
    out += "MIME-Version: 1.0\r\n"
    let body = alternativePart(boundary: alternative)
    if attachments.isEmpty {
      out += body
    } else {
      out += multipartType("mixed", boundary: mixed) + "\r\n"
      out += "This is a multi-part message in MIME format.\r\n"
      out += "\r\n--\(mixed)\r\n" + body
      for attachment in attachments {
        out += "\r\n--\(mixed)\r\n" + attachmentPart(attachment)
      }
      out += "\r\n--\(mixed)--\r\n"
    }
    return EncodedMessage(
      messageID: messageID, sender: from.address, recipients: to.map(\.address),
      bytes: Data(out.utf8))
  }

  /// Throws the first problem with a header field, in the order the headers are written.
  public func validate() throws {
    try MailAddress.check(from, field: "sender")
    guard !to.isEmpty else { throw MessageError.noRecipients }
    for mailbox in to { try MailAddress.check(mailbox, field: "recipient") }
    try HeaderText.check(subject, field: "subject")
    for attachment in attachments {
      try HeaderText.check(attachment.fileName, field: "attachment file name")
      guard !attachment.fileName.isEmpty else { throw MessageError.emptyFileName }
      let parts = attachment.contentType.split(separator: "/", omittingEmptySubsequences: false)
      let token = { (part: Substring) in
        !part.isEmpty
          && part.allSatisfy {
            $0.isASCII && ($0.isLetter || $0.isNumber || "!#$&^_.+-".contains($0))
          }
      }
      guard parts.count == 2, token(parts[0]), token(parts[1]) else {
        throw MessageError.invalidContentType(attachment.contentType)
      }
    }
  }

  /// A hex SHA-256 over every input, so boundaries (and Message-IDs without an identity) are
  /// stable and distinct.
  private func contentDigest() -> String {
    var hash = SHA256()
    let fields =
      [from.description, to.map(\.description).joined(separator: ","), subject]
      + ["\(date.timeIntervalSince1970)", textBody, htmlBody]
      + attachments.flatMap { [$0.fileName, $0.contentType, $0.sha256] }
    for field in fields {
      hash.update(data: Data(field.utf8))
      hash.update(data: Data([0]))
    }
    return hash.finalize().map { String(format: "%02x", $0) }.joined()
  }

  private func domain(of address: String) -> String {
    String(address[address.index(after: address.lastIndex(of: "@")!)...])
  }

  private func addressField(_ name: String, _ mailboxes: [Mailbox]) -> String {
    var field = HeaderField(name)
    for (index, mailbox) in mailboxes.enumerated() {
      let comma = index < mailboxes.count - 1 ? "," : ""
      if let name = mailbox.name, !name.isEmpty {
        field.appendPhrase(name)
        field.append("<\(mailbox.address)>" + comma)
      } else {
        field.append(mailbox.address + comma)
      }
    }
    return field.text
  }

  private func subjectField() -> String {
    var field = HeaderField("Subject")
    let words = subject.split(separator: " ", omittingEmptySubsequences: false)
    let plain =
      HeaderText.isPrintableASCII(subject) && !subject.contains("=?")
      && words.allSatisfy { !$0.isEmpty && $0.count <= 70 }
    if plain {
      for word in words { field.append(String(word)) }
    } else if !subject.isEmpty {
      field.appendEncoded(subject)
    }
    return field.text
  }

  private func multipartType(_ subtype: String, boundary: String) -> String {
    var field = HeaderField("Content-Type")
    field.append("multipart/\(subtype);")
    field.append("boundary=\"\(boundary)\"")
    return field.text
  }

  private func alternativePart(boundary: String) -> String {
    var out = multipartType("alternative", boundary: boundary) + "\r\n"
    for (type, text) in [("plain", textBody), ("html", htmlBody)] {
      out += "--\(boundary)\r\n"
      out += "Content-Type: text/\(type); charset=utf-8\r\n"
      out += "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
      out += QuotedPrintable.encode(text) + "\r\n"
    }
    return out + "--\(boundary)--\r\n"
  }

  private func attachmentPart(_ attachment: MailAttachment) -> String {
    var type = HeaderField("Content-Type")
    type.append(attachment.contentType + ";")
    let names = ParameterValue.tokens(name: "name", value: attachment.fileName)
    for (index, token) in names.enumerated() {
      type.append(token + (index < names.count - 1 ? ";" : ""))
    }
    var disposition = HeaderField("Content-Disposition")
    disposition.append("attachment;")
    let files = ParameterValue.tokens(name: "filename", value: attachment.fileName)
    for (index, token) in files.enumerated() {
      disposition.append(token + (index < files.count - 1 ? ";" : ""))
    }
    let base64 = attachment.data.base64EncodedString(
      options: [.lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed])
    return type.text + disposition.text + "Content-Transfer-Encoding: base64\r\n\r\n" + base64
      + "\r\n"
  }
}
