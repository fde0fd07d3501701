import Foundation
import IndicatorModel
import Testing

@testable import Mail

/// Settings from options and environment variables, and the password kept out of every text.
@Suite struct SMTPSettingsTests {
  static let password = "s3cret-Hunter2!"
  static let environment = [
    "BOARDPACK_SMTP_URL": "smtp://mail.stockport.example",
    "BOARDPACK_SMTP_USER": "ppu",
    "BOARDPACK_SMTP_PASSWORD": password,
    "BOARDPACK_SMTP_FROM": "Stockport Performance <ppu@stockport.example>",
  ]

  @Test func fromEnvironment() throws {
    let settings = try SMTPSettings.resolve(environment: Self.environment)
    #expect(settings.host == "mail.stockport.example")
    #expect(settings.port == 587)
    #expect(settings.security == .startTLS)
    #expect(settings.user == "ppu")
    #expect(settings.password?.revealed == Self.password)
    #expect(
      settings.sender == Mailbox(name: "Stockport Performance", address: "ppu@stockport.example"))
    #expect(settings.url == "smtp://mail.stockport.example:587")
  }

  @Test func optionsWinOverEnvironment() throws {
    let options = SMTPOptions(
      url: "smtps://relay.example.org", user: "other", password: "pw",
      from: "ppu@stockport.example", caFile: "/etc/ca.pem", connectTimeout: 2, timeout: 9)
    let settings = try SMTPSettings.resolve(options: options, environment: Self.environment)
    #expect(settings.url == "smtps://relay.example.org:465")
    #expect(settings.security == .implicitTLS)
    #expect(settings.user == "other")
    #expect(settings.sender == Mailbox(address: "ppu@stockport.example"))
    #expect(settings.caFile == "/etc/ca.pem")
    #expect(settings.connectTimeout == .seconds(2))
    #expect(settings.timeout == .seconds(9))
  }

  @Test(arguments: [
    (
      "BOARDPACK_SMTP_URL", "",
      SMTPSettingsError.missing(
        variable: "BOARDPACK_SMTP_URL", example: "smtp://mail.example.org:587")
    ),
    ("BOARDPACK_SMTP_URL", "http://mail.example.org", .invalidURL("http://mail.example.org")),
    ("BOARDPACK_SMTP_URL", "smtp://ppu:\(password)@mail.example.org", .credentialsInURL),
    (
      "BOARDPACK_SMTP_URL", "smtp://mail.example.org:99999",
      .invalidURL("smtp://mail.example.org:99999")
    ),
    (
      "BOARDPACK_SMTP_URL", "smtp://mail.example.org/x?y",
      .invalidURL("smtp://mail.example.org/x?y")
    ),
    ("BOARDPACK_SMTP_PASSWORD", "", .missing(variable: "BOARDPACK_SMTP_PASSWORD", example: nil)),
    ("BOARDPACK_SMTP_SECURITY", "tls", .securityDoesNotMatchURL(security: "tls", scheme: "smtp")),
    ("BOARDPACK_SMTP_SECURITY", "none", .invalidSecurity("none")),
    (
      "BOARDPACK_SMTP_FROM", "",
      .missing(
        variable: "BOARDPACK_SMTP_FROM", example: "Performance Team <performance@example.org>")
    ),
  ])
  func refuses(variable: String, value: String, expected: SMTPSettingsError) {
    var environment = Self.environment
    environment[variable] = value
    #expect(throws: expected) { try SMTPSettings.resolve(environment: environment) }
  }

  @Test func badSenderNamesTheVariable() {
    var environment = Self.environment
    environment["BOARDPACK_SMTP_FROM"] = "Performance <ppu@stockport>"
    #expect {
      try SMTPSettings.resolve(environment: environment)
    } throws: { error in
      "\(error)".hasPrefix(
        "BOARDPACK_SMTP_FROM: the sender address \"ppu@stockport\" is not a valid")
    }
  }

  @Test func securityIfOffered() throws {
    var environment = Self.environment
    environment["BOARDPACK_SMTP_SECURITY"] = "starttls-if-offered"
    #expect(try SMTPSettings.resolve(environment: environment).security == .startTLSIfOffered)
  }

  @Test func passwordNeverShows() throws {
    let settings = try SMTPSettings.resolve(environment: Self.environment)
    var dumped = ""
    dump(settings, to: &dumped)
    let texts = [
      settings.description, String(describing: settings), String(reflecting: settings),
      "\(settings)", dumped, "\(settings.password!)", String(reflecting: settings.password!),
    ]
    for text in texts {
      #expect(!text.contains(Self.password), "password shown in: \(text)")
    }
    #expect(settings.description.contains("password <redacted>"))
  }
}
