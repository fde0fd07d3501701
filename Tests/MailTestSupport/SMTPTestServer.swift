import Foundation

/// A real SMTP server (aiosmtpd, `Fixtures/smtp_server.py`) on 127.0.0.1 for one test.
///
/// Starts on a free port chosen by the server itself (no race for ports), waits until it listens,
/// and is always stopped: call `stop()` in a `defer`; `deinit` stops it as well.
public final class SMTPTestServer {
  /// The server did not start (its log says why).
  public struct StartFailure: Error, CustomStringConvertible {
    /// What went wrong.
    public let description: String
  }

  /// The port it listens on, on 127.0.0.1.
  public let port: Int
  /// The folder of received messages.
  public let store: URL
  private let folder: URL
  private let process: Process

  /// Starts the server with the given options of `smtp_server.py` (e.g. `--refuse`, `--user`).
  public init(_ options: [String] = [], startLimit: TimeInterval = 15) throws {
    folder = try Fixtures.temporaryFolder("smtpd")
    store = folder.appendingPathComponent("store")
    try FileManager.default.createDirectory(at: store, withIntermediateDirectories: true)
    let ready = folder.appendingPathComponent("ready")
    let log = folder.appendingPathComponent("server.log")
    _ = FileManager.default.createFile(atPath: log.path, contents: nil)
    process = Process()
    process.executableURL = URL(fileURLWithPath: Fixtures.python)
    process.arguments =
      [Fixtures.server.path, "--ready-file", ready.path, "--store", store.path] + options
    process.standardOutput = try FileHandle(forWritingTo: log)
    process.standardError = try FileHandle(forWritingTo: log)
    try process.run()
    let deadline = Date().addingTimeInterval(startLimit)
    var port: Int?
    while port == nil && process.isRunning && Date() < deadline {
      port = (try? String(contentsOf: ready, encoding: .utf8)).flatMap { Int($0) }
      if port == nil { usleep(20_000) }
    }
    guard let port else {
      let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
      Self.halt(process)
      throw StartFailure(description: "the test SMTP server did not start: \(text)")
    }
    self.port = port
  }

  deinit { stop() }

  /// Stops the server (SIGTERM, then SIGKILL if it has not gone within two seconds) and removes
  /// its folder with the received messages.
  public func stop() {
    Self.halt(process)
    try? FileManager.default.removeItem(at: folder)
  }

  /// The received messages (`.eml` files), oldest first.
  public func messages() throws -> [URL] {
    try FileManager.default.contentsOfDirectory(at: store, includingPropertiesForKeys: nil)
      .filter { $0.pathExtension == "eml" }
      .sorted { $0.lastPathComponent < $1.lastPathComponent }
  }

  /// The envelope of a received message, as the server saw it.
  public func envelope(of message: URL) throws -> Envelope {
    let url = message.deletingPathExtension().appendingPathExtension("json")
    return try JSONDecoder().decode(Envelope.self, from: Data(contentsOf: url))
  }

  /// `MAIL FROM`, `RCPT TO` and whether the client authenticated.
  public struct Envelope: Decodable {
    /// The envelope sender.
    public let mail_from: String
    /// The accepted envelope recipients.
    public let rcpt_tos: [String]
    /// Whether AUTH succeeded before the message.
    public let authenticated: Bool
  }

  private static func halt(_ process: Process) {
    guard process.isRunning else { return }
    process.terminate()
    let deadline = Date().addingTimeInterval(2)
    while process.isRunning && Date() < deadline { usleep(10_000) }
    if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    process.waitUntilExit()
  }

  /// A port on 127.0.0.1 where nothing listens: bound, read, and closed again.
  public static func closedPort() throws -> Int {
    let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard descriptor >= 0 else { throw StartFailure(description: "socket() failed") }
    defer { close(descriptor) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = 0
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
        bind(descriptor, pointer, length) == 0 && getsockname(descriptor, pointer, &length) == 0
      }
    }
    guard bound else { throw StartFailure(description: "bind() failed") }
    return Int(UInt16(bigEndian: address.sin_port))
  }
}
