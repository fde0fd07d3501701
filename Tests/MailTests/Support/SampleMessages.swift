import Foundation
import IndicatorModel
import Mail

/// Messages like the ones boardpack sends to partners, with an attachment of awkward bytes.
enum SampleMessages {
  /// The example subject from the brief: its em dash needs RFC 2047.
  static let subject = "Stockport Children's Trust — performance summary 2013/14 Q4"

  /// 30 June 2014 09:00:00 UTC.
  static let date = Date(timeIntervalSince1970: 1_404_118_800)

  static let text = """
    Dear colleague,

    Please find attached the partner summary for 2013/14 Q4.
    Children's Centre registration is at 55% against Ofsted's expectation of 80%.
    A line with trailing space and tab \t
    A long line: \(String(repeating: "indicator ", count: 20))end.
    Non-ASCII: café, naïve, £12.50, — and 😀.
    = signs = and a dot:
    .
    Stockport Performance and Intelligence
    """

  static let html = """
    <!DOCTYPE html>
    <html lang="en"><head><meta charset="utf-8"><title>Summary</title></head>
    <body><p>Children’s Centre registration is <strong>55%</strong> (target 80%).</p>
    <p>\(String(repeating: "<span>long</span> ", count: 30))</p></body></html>
    """

  /// Bytes that catch encoders out: every byte value, CR and LF included, and a PDF header.
  static let pdf: Data = {
    var bytes = Data("%PDF-1.4\n%âãÏÓ\n".utf8)
    bytes.append(contentsOf: (0...255).map { UInt8($0) })
    bytes.append(contentsOf: (0..<3000).map { UInt8(($0 * 7919) % 251) })
    bytes.append(Data("\r\n.\r\n%%EOF\n".utf8))
    return bytes
  }()

  static let sender = Mailbox(name: "Stockport Performance", address: "ppu@stockport.example")

  static func message(
    to: [Mailbox] = [Mailbox(name: "Dr A. Example", address: "a.example@nhs.example")],
    subject: String = subject, fileName: String = "health.pdf"
  ) -> MailMessage {
    MailMessage(
      from: sender, to: to, subject: subject, date: date, textBody: text, htmlBody: html,
      attachments: [MailAttachment(fileName: fileName, data: pdf)])
  }
}
