import CCurl
import Foundation

/// Delivers messages over SMTP with libcurl: STARTTLS or implicit TLS, AUTH, time limits.
///
/// Each message gets its own connection. A batch is a handful of messages, and a fresh
/// connection per message keeps one message's failure from touching the next.
public struct SMTPTransport: MailTransport {
  /// The server and credentials.
  public var settings: SMTPSettings

  /// A transport for these settings.
  public init(settings: SMTPSettings) {
    self.settings = settings
  }

  /// Sends the message to every envelope recipient.
  /// - Throws: `SMTPError`, saying in plain English what failed.
  public func deliver(_ message: EncodedMessage) throws {
    guard CurlRuntime.isReady, let handle = curl_easy_init() else {
      throw error(kind: .failed, code: -1, message: "libcurl could not be initialised")
    }
    defer { curl_easy_cleanup(handle) }

    var recipients: UnsafeMutablePointer<curl_slist>?
    for recipient in message.recipients {
      recipients = curl_slist_append(recipients, "<\(recipient)>")
    }
    defer { curl_slist_free_all(recipients) }

    let errorSize = Int(boardpack_curl_error_size())
    let errorBuffer = UnsafeMutablePointer<CChar>.allocate(capacity: errorSize)
    errorBuffer.initialize(repeating: 0, count: errorSize)
    defer { errorBuffer.deallocate() }

    let upload = UploadSource(message.bytes)
    let transcript = SMTPTranscript()
    let uploadContext = Unmanaged.passUnretained(upload).toOpaque()
    let transcriptContext = Unmanaged.passUnretained(transcript).toOpaque()

    // libcurl copies string options, so Swift's temporary C strings may go after each call.
    var setup: [CURLcode] = [
      boardpack_curl_set_error_buffer(handle, errorBuffer),
      boardpack_curl_set_no_signal(handle, 1),
      boardpack_curl_set_url(handle, settings.url),
      boardpack_curl_set_protocols(handle, "smtp,smtps"),
      boardpack_curl_set_use_ssl(
        handle,
        Int(
          settings.security == .startTLSIfOffered
            ? CURLUSESSL_TRY.rawValue : CURLUSESSL_ALL.rawValue)),
      boardpack_curl_set_connect_timeout_ms(handle, Self.milliseconds(settings.connectTimeout)),
      boardpack_curl_set_timeout_ms(handle, Self.milliseconds(settings.timeout)),
      boardpack_curl_set_mail_from(handle, "<\(message.sender)>"),
      boardpack_curl_set_mail_rcpt(handle, recipients),
      boardpack_curl_set_upload(handle, 1),
      boardpack_curl_set_upload_size(handle, curl_off_t(message.bytes.count)),
      boardpack_curl_set_reader(
        handle,
        { buffer, size, count, context in
          guard let buffer, let context else { return 0 }
          let source = Unmanaged<UploadSource>.fromOpaque(context).takeUnretainedValue()
          return source.read(into: buffer, capacity: size * count)
        }, uploadContext),
      boardpack_curl_set_debug(
        handle,
        { _, type, data, size, context in
          guard let data, let context else { return 0 }
          let transcript = Unmanaged<SMTPTranscript>.fromOpaque(context).takeUnretainedValue()
          let text = String(
            decoding: UnsafeRawBufferPointer(start: data, count: size), as: UTF8.self)
          if type == CURLINFO_HEADER_IN { transcript.recordServer(text) }
          if type == CURLINFO_HEADER_OUT { transcript.recordClient(text) }
          return 0
        }, transcriptContext),
    ]
    if let caFile = settings.caFile { setup.append(boardpack_curl_set_ca_file(handle, caFile)) }
    if let user = settings.user, let password = settings.password {
      setup.append(boardpack_curl_set_username(handle, user))
      setup.append(boardpack_curl_set_password(handle, password.revealed))
    }
    if let failed = setup.first(where: { $0 != CURLE_OK }) {
      throw error(
        kind: .failed, code: Int(failed.rawValue),
        message: "libcurl refused a setting: \(String(cString: curl_easy_strerror(failed)))")
    }

    let result = withExtendedLifetime((upload, transcript)) { curl_easy_perform(handle) }
    guard result != CURLE_OK else { return }
    let detail = String(cString: errorBuffer)
    let responseCode = boardpack_curl_response_code(handle)
    var failure = error(
      kind: Self.kind(of: result, detail: detail), code: Int(result.rawValue),
      message: detail.isEmpty ? String(cString: curl_easy_strerror(result)) : detail)
    failure.responseCode = responseCode > 0 ? responseCode : nil
    failure.serverReply = transcript.errorReply(code: failure.responseCode).map(scrubbed)
    if failure.kind == .recipientRejected { failure.recipient = transcript.rejectedRecipient }
    throw failure
  }

  private func error(kind: SMTPError.Kind, code: Int, message: String) -> SMTPError {
    SMTPError(
      kind: kind, server: settings.url, curlCode: code, curlMessage: scrubbed(message),
      responseCode: nil, serverReply: nil, recipient: nil)
  }

  /// The text with the password replaced, in case a server or library ever echoes it.
  private func scrubbed(_ text: String) -> String {
    guard let password = settings.password?.revealed, !password.isEmpty else { return text }
    return text.replacingOccurrences(of: password, with: "<redacted>")
  }

  private static func milliseconds(_ duration: Duration) -> Int {
    let (seconds, attoseconds) = duration.components
    return max(1, Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000))
  }

  /// Sorts libcurl's result codes into what the user should check.
  static func kind(of code: CURLcode, detail: String) -> SMTPError.Kind {
    switch code {
    case CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_CONNECT, CURLE_COULDNT_RESOLVE_PROXY:
      return .connectionFailed
    case CURLE_LOGIN_DENIED:
      return .authenticationFailed
    case CURLE_OPERATION_TIMEDOUT:
      return .timedOut
    case CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_USE_SSL_FAILED,
      CURLE_SSL_CACERT_BADFILE, CURLE_SSL_CERTPROBLEM, CURLE_SSL_ISSUER_ERROR,
      CURLE_SSL_PINNEDPUBKEYNOTMATCH, CURLE_SSL_INVALIDCERTSTATUS:
      return .tlsFailed
    case CURLE_SEND_ERROR where detail.hasPrefix("RCPT failed"):
      return .recipientRejected
    case CURLE_SEND_ERROR where detail.hasPrefix("MAIL failed"):
      return .senderRejected
    default:
      return .failed
    }
  }
}
