import ArgumentParser
import Mail

/// `boardpack email`'s SMTP options; each falls back to its `BOARDPACK_SMTP_*` variable.
///
/// There is deliberately no `--smtp-password`: an option's value is visible to every user of
/// the machine in the process list (`ps`) and is kept in shell history. The password comes from
/// `BOARDPACK_SMTP_PASSWORD` or from a file outside the pack.
struct SMTPCommandOptions: ParsableArguments {
  @Option(
    name: .customLong("smtp-url"),
    help: ArgumentHelp(
      "smtp://host[:port] (STARTTLS, port 587) or smtps://host[:port] (TLS, 465); env BOARDPACK_SMTP_URL.",
      valueName: "URL"))
  var url: String?

  @Option(
    name: .customLong("smtp-user"),
    help: ArgumentHelp("The AUTH user name; env BOARDPACK_SMTP_USER.", valueName: "USER"))
  var user: String?

  @Option(
    name: .customLong("smtp-from"),
    help: ArgumentHelp(
      "The sender, \"Name <name@example.org>\"; env BOARDPACK_SMTP_FROM.", valueName: "ADDR"))
  var from: String?

  @Option(
    name: .customLong("smtp-password-file"),
    help: ArgumentHelp(
      "Read the AUTH password from this file (its first line), which must be outside the pack. Otherwise it comes from BOARDPACK_SMTP_PASSWORD. There is no option for the password itself: other users could read it in the process list.",
      valueName: "FILE"))
  var passwordFile: String?

  @Option(
    name: .customLong("ca-file"),
    help: ArgumentHelp(
      "PEM certificates to trust instead of the system's (a private mail server); env BOARDPACK_SMTP_CA_FILE.",
      valueName: "FILE"))
  var caFile: String?

  @Option(
    help: ArgumentHelp(
      "starttls (default; fail without it), starttls-if-offered, or tls (with smtps://); env BOARDPACK_SMTP_SECURITY.",
      valueName: "MODE"))
  var security: String?

  /// The settings these options give (the password file is read by the library, which refuses
  /// one inside the pack).
  var options: SMTPOptions {
    SMTPOptions(url: url, user: user, from: from, caFile: caFile, security: security)
  }
}
