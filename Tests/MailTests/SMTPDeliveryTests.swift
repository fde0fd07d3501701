import Foundation
import IndicatorModel
import MailTestSupport
import Testing

@testable import Mail

/// Delivery through libcurl to a real SMTP server (aiosmtpd) on 127.0.0.1.
@Suite(.timeLimit(.minutes(1))) struct SMTPDeliveryTests {
  static let password = "s3cret-Hunter2!"

  /// Settings for the test server; time limits short enough to keep a failing test quick.
  static func settings(
    port: Int, security: SMTPSettings.Security = .startTLSIfOffered, user: String? = nil,
    password: String? = nil, caFile: URL? = nil
  ) -> SMTPSettings {
    SMTPSettings(
      host: "127.0.0.1", port: port, security: security, user: user,
      password: password.map(SMTPPassword.init), sender: SampleMessages.sender,
      caFile: caFile?.path, connectTimeout: .seconds(5), timeout: .seconds(20))
  }

  /// Sends the sample message and expects an `SMTPError` of this kind.
  static func expectFailure(
    _ kind: SMTPError.Kind, settings: SMTPSettings, message: MailMessage = SampleMessages.message()
  ) throws -> SMTPError? {
    do {
      try SMTPTransport(settings: settings).deliver(try message.encoded())
      Issue.record("expected \(kind), but the message was delivered")
      return nil
    } catch let error as SMTPError {
      #expect(error.kind == kind, "\(error)")
      return error
    }
  }

  /// The one message the server received, read by Python, checked against the sample.
  static func expectReceivedSample(_ server: SMTPTestServer, authenticated: Bool = false) throws {
    let messages = try server.messages()
    try #require(messages.count == 1)
    let envelope = try server.envelope(of: messages[0])
    #expect(envelope.mail_from == "ppu@stockport.example")
    #expect(envelope.rcpt_tos == ["a.example@nhs.example"])
    #expect(envelope.authenticated == authenticated)
    let parsed = try ParsedMessage.read(messages[0])
    #expect(parsed.subject == SampleMessages.subject)
    #expect(parsed.to_addresses == ["a.example@nhs.example"])
    #expect(parsed.text == SampleMessages.text)
    #expect(parsed.html == SampleMessages.html)
    #expect(
      parsed.attachments.first.flatMap { Data(base64Encoded: $0.base64) } == SampleMessages.pdf)
    // The server stores the bytes as received: exactly what was encoded.
    #expect(try Data(contentsOf: messages[0]) == SampleMessages.message().encoded().bytes)
  }

  @Test func plainDelivery() throws {
    let server = try SMTPTestServer()
    defer { server.stop() }
    try SMTPTransport(settings: Self.settings(port: server.port))
      .deliver(SampleMessages.message().encoded())
    try Self.expectReceivedSample(server)
  }

  @Test func severalRecipients() throws {
    let server = try SMTPTestServer()
    defer { server.stop() }
    let to = [
      Mailbox(name: "Dr A. Example", address: "a.example@nhs.example"),
      Mailbox(name: "Smith, Jo", address: "jo.smith@police.example"),
    ]
    try SMTPTransport(settings: Self.settings(port: server.port))
      .deliver(SampleMessages.message(to: to).encoded())
    let messages = try server.messages()
    try #require(messages.count == 1)
    #expect(
      try server.envelope(of: messages[0]).rcpt_tos == [
        "a.example@nhs.example", "jo.smith@police.example",
      ])
    #expect(try ParsedMessage.read(messages[0]).to_names == ["Dr A. Example", "Smith, Jo"])
  }

  @Test func authWithTheRightPassword() throws {
    let server = try SMTPTestServer([
      "--user", "ppu", "--password", Self.password, "--auth-without-tls",
    ])
    defer { server.stop() }
    let settings = Self.settings(port: server.port, user: "ppu", password: Self.password)
    try SMTPTransport(settings: settings).deliver(SampleMessages.message().encoded())
    try Self.expectReceivedSample(server, authenticated: true)
  }

  @Test func authWithAWrongPasswordNeverShowsIt() throws {
    let server = try SMTPTestServer(["--user", "ppu", "--password", "right", "--auth-without-tls"])
    defer { server.stop() }
    let settings = Self.settings(port: server.port, user: "ppu", password: Self.password)
    let error = try Self.expectFailure(.authenticationFailed, settings: settings)
    #expect(error?.responseCode == 535)
    #expect(error?.serverReply?.hasPrefix("535") == true)
    let text = "\(String(describing: error)) \(String(reflecting: error))"
    #expect(!text.contains(Self.password))
    #expect(
      error?.description.hasPrefix(
        "the mail server smtp://127.0.0.1:\(server.port) refused the user name or password; curl: ")
        == true)
    #expect(try server.messages().isEmpty)
  }

  @Test func startTLSWithTheCAFile() throws {
    let certificate = try TestCertificate.shared.get()
    let server = try SMTPTestServer([
      "--cert", certificate.certificate.path, "--key", certificate.key.path, "--require-starttls",
      "--user", "ppu", "--password", Self.password,
    ])
    defer { server.stop() }
    // AUTH is only offered after STARTTLS here, as on a real submission server.
    let settings = Self.settings(
      port: server.port, security: .startTLS, user: "ppu", password: Self.password,
      caFile: certificate.certificate)
    try SMTPTransport(settings: settings).deliver(SampleMessages.message().encoded())
    try Self.expectReceivedSample(server, authenticated: true)
  }

  @Test func startTLSWithoutTheCAFileFailsVerification() throws {
    let certificate = try TestCertificate.shared.get()
    let server = try SMTPTestServer([
      "--cert", certificate.certificate.path, "--key", certificate.key.path,
    ])
    defer { server.stop() }
    let error = try Self.expectFailure(
      .tlsFailed, settings: Self.settings(port: server.port, security: .startTLS))
    #expect(error?.description.contains("secure (TLS) connection") == true)
    #expect(try server.messages().isEmpty)
  }

  @Test func requiredStartTLSThatIsNotOffered() throws {
    let server = try SMTPTestServer()
    defer { server.stop() }
    _ = try Self.expectFailure(
      .tlsFailed, settings: Self.settings(port: server.port, security: .startTLS))
    #expect(try server.messages().isEmpty)
  }

  @Test func implicitTLS() throws {
    let certificate = try TestCertificate.shared.get()
    let server = try SMTPTestServer([
      "--cert", certificate.certificate.path, "--key", certificate.key.path, "--implicit-tls",
    ])
    defer { server.stop() }
    let settings = Self.settings(
      port: server.port, security: .implicitTLS, caFile: certificate.certificate)
    #expect(settings.url.hasPrefix("smtps://"))
    try SMTPTransport(settings: settings).deliver(SampleMessages.message().encoded())
    try Self.expectReceivedSample(server)
  }

  @Test func refusedRecipientIsNamed() throws {
    let server = try SMTPTestServer(["--refuse", "jo.smith@police.example"])
    defer { server.stop() }
    let message = SampleMessages.message(to: [
      Mailbox(address: "a.example@nhs.example"), Mailbox(address: "jo.smith@police.example"),
    ])
    let error = try Self.expectFailure(
      .recipientRejected, settings: Self.settings(port: server.port), message: message)
    #expect(error?.recipient == "jo.smith@police.example")
    #expect(error?.responseCode == 550)
    #expect(error?.serverReply?.hasPrefix("550 5.1.1 <jo.smith@police.example>") == true)
    #expect(
      error?.description.hasPrefix(
        "the mail server smtp://127.0.0.1:\(server.port) refused the recipient jo.smith@police.example; curl: "
      ) == true)
    #expect(try server.messages().isEmpty)
  }

  @Test func serverThatIsDown() throws {
    let port = try SMTPTestServer.closedPort()
    let error = try Self.expectFailure(.connectionFailed, settings: Self.settings(port: port))
    #expect(error?.responseCode == nil)
    #expect(
      error?.description.hasPrefix("could not connect to the mail server smtp://127.0.0.1:\(port)")
        == true)
  }

  @Test func serverThatNeverAnswers() throws {
    let server = try SMTPTestServer(["--silent"])
    defer { server.stop() }
    var settings = Self.settings(port: server.port)
    settings.timeout = .milliseconds(1500)
    let started = Date()
    _ = try Self.expectFailure(.timedOut, settings: settings)
    #expect(Date().timeIntervalSince(started) < 10)
  }
}
