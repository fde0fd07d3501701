import ArgumentParser
import Foundation
import PartnerMail

/// `boardpack email`: each partner's summary PDF by email, or as `.eml` files (design §6.5).
struct EmailCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "email",
    abstract: "Email each partner its PDF summary (or write .eml files with --dry-run).",
    discussion: discussion)

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

  func run() throws {
    let request = EmailRequest(
      packDirectory: options.directory, period: options.period,
      version: BoardpackVersion.current, output: outputOptions.output,
      templates: outputOptions.templateFolder, since: outputOptions.comparison.since,
      partner: partner, dryRun: dryRun, resend: resend,
      packURL: try link(), smtp: smtp.options, passwordFile: smtp.passwordFile,
      environment: ProcessInfo.processInfo.environment)
    var standardError = StandardError()
    let result: EmailResult
    do {
      result = try PartnerMail.run(request, progress: report)
    } catch let failure where failure.isUsageError {
      throw ValidationError(failure.message)
    } catch {
      print(error, to: &standardError)
      throw ExitCode(1)
    }
    guard result.succeeded else {
      print(result.summary, to: &standardError)
      throw ExitCode(1)
    }
    print(result.summary)
  }
}
