import IndicatorModel
import Mail

extension EmailSession {
  /// Each partner's message (render → compose), in the partners' order; a partner whose
  /// summary cannot be rendered gets its failure instead.
  func messages(for partners: [Partner], templates: EmailTemplates, sender: Mailbox)
    -> [(partner: Partner, message: Result<MailJob, EmailFailure>)]
  {
    let settings = PartnerMessages.Settings(
      sender: sender, date: request.clock(), packFolder: request.packDirectory,
      packURL: request.packURL)
    let results = PartnerMessages.jobs(
      for: partners, pack: pack, assessment: assessment, templates: templates,
      settings: settings)
    return Array(zip(partners, results))
  }
}
