import Analysis
import Foundation
import IndicatorModel
import Mail
import PDFReport

/// Each partner's message for `boardpack email`: its summary PDF, freshly rendered, attached to
/// a text and HTML message from the email templates (design §6.5).
public enum PartnerMessages {
  /// What every partner's message shares.
  public struct Settings: Sendable {
    /// The `From:` mailbox.
    public var sender: Mailbox
    /// The `Date:` header (the time of sending, or of the dry run).
    public var date: Date
    /// The pack folder, against which pack.yaml's logo path is resolved.
    public var packFolder: String
    /// Where the full pack is published, for the message's last paragraph; nil if nowhere.
    /// A `PackURL`, so only an http: or https: address can become the message's link.
    public var packURL: PackURL?

    /// Settings; see the properties.
    public init(sender: Mailbox, date: Date, packFolder: String, packURL: PackURL? = nil) {
      self.sender = sender
      self.date = date
      self.packFolder = packFolder
      self.packURL = packURL
    }
  }

  /// The summary's file name as the partner sees it: `health-2013-14-q4.pdf`.
  public static func attachmentName(partner: Partner, period: Period) -> String {
    "\(partner.id)-\(period.slug).pdf"
  }

  /// One message per partner, in the order given (render → compose for each); a partner whose
  /// summary cannot be rendered gets a failure instead, so the others still go out.
  ///
  /// The summaries are rendered on every core, one partner per task, as `boardpack build` does,
  /// with the same document date (the meeting's, else the period's end), so the attachment is
  /// byte-identical to `summaries/<partner-id>.pdf` from a build of the same inputs.
  public static func jobs(
    for partners: [Partner], pack: Pack, assessment: Assessment, templates: EmailTemplates,
    settings: Settings
  ) -> [Result<MailJob, EmailFailure>] {
    guard let period = assessment.period else {
      return partners.map { _ in .failure(EmailFailure("no period", step: .render)) }
    }
    let documentDate = pack.documentDate(for: period)
    let logoPath = pack.branding.logo.map {
      URL(fileURLWithPath: settings.packFolder).appendingPathComponent($0).path
    }
    return partners.concurrentMap { partner in
      Result { () throws(EmailFailure) in
        let pdf = try EmailStep.render.perform { () throws(EmailFailure) in
          do {
            return try PartnerSummaryPDF.render(
              partner: partner, pack: pack, assessment: assessment, date: documentDate,
              logoPath: logoPath)
          } catch {
            throw EmailFailure("the summary PDF failed: \(error)")
          }
        }
        return EmailStep.compose.perform {
          let fileName = attachmentName(partner: partner, period: period)
          let context = EmailContext(
            partner: partner, pack: pack, assessment: assessment, period: period,
            attachment: fileName, sender: settings.sender, packURL: settings.packURL)
          let message = MailMessage(
            from: settings.sender, to: partner.recipients, subject: templates.subject(context),
            date: settings.date, textBody: templates.textBody(context),
            htmlBody: templates.htmlBody(context),
            attachments: [MailAttachment(fileName: fileName, data: pdf)])
          return MailJob(group: partner.id, message: message)
        }
      }
    }
  }
}
