import ArgumentParser
import Foundation
import IndicatorModel
import Mail
import PartnerMail
import Templating

/// `boardpack email`: each partner's summary PDF by email, or as `.eml` files (design §6.5).
struct EmailCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "email",
    abstract: "Email each partner its PDF summary (or write .eml files with --dry-run).",
    discussion: """
      For each partner in partners.yaml (or the one named by --partner), renders its summary \
      PDF and sends it, with a text and HTML message from Templates/email/, to its recipients. \
      Messages are recorded in Output/<pack-id>/email/<period-slug>/sent.jsonl, outside the \
      period folder that a build replaces, so a rebuild never causes a resend. A partner \
      already recorded there for the pack and period (or in the period folder's \
      email/sent.jsonl, where earlier versions kept the log) is not sent again unless --resend \
      is given, so a re-run after a failure sends only what did not go out. A failure for one \
      partner is reported and the others still go; the exit status is 1 if any failed.

      Each record is flushed to disk before the next partner is sent. When a record cannot be \
      written (a full disk), sending stops: that partner is reported as sent but not recorded, \
      with the line to add to the log by hand, and the rest as not sent.

      Only one email command at a time may use a pack's period: it locks \
      Output/<pack-id>/email/<period-slug>/.lock, and a second one stops at once naming the \
      first. The lock goes with the process, even a killed one.

      A message's Message-ID depends only on the pack, period, partner and summary PDF, so a \
      re-run after an uncertain failure (a time-out after the message went) sends the same one \
      and mail systems that de-duplicate drop the copy; --resend sends a new message with a \
      new Message-ID.

      Server, sender and credentials come from the options below or from the environment \
      variables BOARDPACK_SMTP_URL, BOARDPACK_SMTP_FROM, BOARDPACK_SMTP_USER, \
      BOARDPACK_SMTP_PASSWORD, BOARDPACK_SMTP_CA_FILE and BOARDPACK_SMTP_SECURITY — never from \
      the pack. The password is never printed.

      --dry-run writes Output/<pack-id>/email/<period-slug>/<partner-id>.eml and sends \
      nothing; it needs no SMTP settings (without a sender it uses \
      boardpack@no-sender.invalid, a reserved domain that cannot receive mail).
      """)

  @OptionGroup var options: PackOptions

  @Flag(help: "Write .eml files instead of sending; needs no SMTP settings.")
  var dryRun = false

  @Option(help: ArgumentHelp("Only this partner (its id in partners.yaml).", valueName: "ID"))
  var partner: String?

  @Flag(help: "Send even to partners the send log says were already sent, as new messages.")
  var resend = false

  @OptionGroup var outputOptions: OutputOptions

  @Option(
    help: ArgumentHelp(
      "Where the full pack is published, for the message's last paragraph: an http: or https: URL.",
      valueName: "URL"))
  var packURL: String?

  @OptionGroup(title: "SMTP") var smtp: SMTPCommandOptions

  /// The sender of a dry run without one: `.invalid` is reserved (RFC 2606) and never receives
  /// mail, so a draft written with it cannot be mistaken for, or sent as, a real message.
  static let draftSender = Mailbox(address: "boardpack@no-sender.invalid")

  /// A `--pack-url` that is not an http: or https: address is a usage error (exit 64).
  func validate() throws {
    _ = try link()
  }

  /// `--pack-url`, checked.
  func link() throws -> PackURL? {
    guard let packURL else { return nil }
    do {
      return try PackURL(packURL)
    } catch {
      throw ValidationError(
        "--pack-url \"\(PackURLError.visible(packURL))\" was refused: \(error.why); \(PackURLError.accepted)"
      )
    }
  }

  func run() throws {
    var standardError = StandardError()
    let environment = ProcessInfo.processInfo.environment
    let (pack, assessment) = try options.loadAssessment()
    guard let period = assessment.period else {
      print("error: the pack names no reporting period and has no data", to: &standardError)
      throw ExitCode(1)
    }
    let partners = try chosenPartners(pack)

    // Settings first: a missing setting stops the command before any PDF is drawn.
    let settings: SMTPSettings?
    let sender: Mailbox
    do {
      if dryRun {
        settings = nil
        sender = try smtp.sender(environment: environment) ?? Self.draftSender
      } else {
        let resolved = try smtp.settings(environment: environment, packFolder: options.directory)
        settings = resolved
        sender = resolved.sender
      }
    } catch let error as SMTPSettingsError {
      print("error: \(error)", to: &standardError)
      print(
        "Set the BOARDPACK_SMTP_* variables or the --smtp-* options (boardpack email --help), or use --dry-run to write .eml files without sending.",
        to: &standardError)
      throw ExitCode(1)
    }

    let emailTemplates: EmailTemplates
    do {
      emailTemplates = try EmailTemplates.loading(
        from: outputOptions.templateFolder.map(URL.init(fileURLWithPath:)))
    } catch let error as TemplateError {
      print(error, to: &standardError)
      throw ExitCode(1)
    }

    // Held until the process ends: nothing below may run in two processes at once.
    let folder = SendFolder(output: outputOptions.output, pack: pack.id, period: period)
    let lock = try lock(folder)
    let log = folder.sendLog()
    if settings != nil { try carryOver(log) }

    let results = PartnerMessages.jobs(
      for: partners, pack: pack, assessment: assessment, templates: emailTemplates,
      settings: PartnerMessages.Settings(
        sender: sender, date: Date(), packFolder: options.directory, packURL: try link()))
    var outcomes: [MailOutcome] = []
    var jobs: [MailJob] = []
    for result in results {
      switch result {
      case .failure(let error):
        outcomes.append(MailOutcome(group: error.partner, status: .failed(error)))
        report(outcomes[outcomes.count - 1])
      case .success(let job):
        jobs.append(job)
      }
    }
    if let settings {
      let mailer = Mailer(
        transport: SMTPTransport(settings: settings), log: log, pack: pack.id, period: period)
      outcomes += mailer.send(jobs, resend: resend, progress: report)
    } else {
      for outcome in Mailer.writeDrafts(jobs, in: folder) {
        report(outcome)
        outcomes.append(outcome)
      }
    }
    withExtendedLifetime(lock) {}
    try finish(outcomes, settings: settings)
  }

  /// Every partner, or the one `--partner` names.
  func chosenPartners(_ pack: Pack) throws -> [Partner] {
    guard let partner else {
      guard !pack.partners.isEmpty else {
        throw ValidationError("the pack has no partners (add them to partners.yaml)")
      }
      return pack.partners
    }
    guard let chosen = pack.partners.first(where: { $0.id == partner }) else {
      let known = pack.partners.map(\.id).joined(separator: ", ")
      throw ValidationError(
        "there is no partner \"\(partner)\" in partners.yaml (choose from \(known))")
    }
    return [chosen]
  }

}
