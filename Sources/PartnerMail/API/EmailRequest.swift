import Foundation
import IndicatorModel
import Mail

/// What `boardpack email` is asked to do.
public struct EmailRequest: Sendable {
  /// The pack folder as the user typed it.
  public var packDirectory: String
  /// The reporting period; nil for pack.yaml's, else the latest in the data.
  public var period: Period?
  /// The generator version written into the assessment.
  public var version: String
  /// The output folder (`Output`); the send folder is `<output>/<pack-id>/email/<period-slug>`.
  public var output: String
  /// The folder whose `email/*.mustache` replace the built-in templates; nil for the built-in.
  public var templates: String?
  /// The period folder of the pack to compare with (`--since`); nil for the latest earlier one
  /// in the output folder.
  public var since: String?
  /// Only this partner (its id in partners.yaml); nil for every partner.
  public var partner: String?
  /// Write `.eml` drafts instead of sending; needs no SMTP settings.
  public var dryRun: Bool
  /// Send even to partners the send log says were already sent, as new messages.
  public var resend: Bool
  /// Where the full pack is published, for the message's last paragraph.
  public var packURL: PackURL?
  /// The SMTP settings the command's options give; each nil falls back to `environment`.
  public var smtp: SMTPOptions
  /// A file whose first line is the AUTH password; it must be outside the pack.
  public var passwordFile: String?
  /// The environment, for the `BOARDPACK_SMTP_*` variables.
  public var environment: [String: String]
  /// The time for the messages' `Date:` and the send log's records; a parameter for tests.
  public var clock: @Sendable () -> Date

  /// A request; see the properties.
  public init(
    packDirectory: String, period: Period? = nil, version: String, output: String,
    templates: String? = nil, since: String? = nil, partner: String? = nil, dryRun: Bool = false,
    resend: Bool = false,
    packURL: PackURL? = nil, smtp: SMTPOptions = SMTPOptions(), passwordFile: String? = nil,
    environment: [String: String] = [:], clock: @escaping @Sendable () -> Date = { Date() }
  ) {
    self.packDirectory = packDirectory
    self.period = period
    self.version = version
    self.output = output
    self.templates = templates
    self.since = since
    self.partner = partner
    self.dryRun = dryRun
    self.resend = resend
    self.packURL = packURL
    self.smtp = smtp
    self.passwordFile = passwordFile
    self.environment = environment
    self.clock = clock
  }
}
