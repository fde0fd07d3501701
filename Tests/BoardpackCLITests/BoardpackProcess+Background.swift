import Foundation

extension BoardpackProcess {
  /// A `boardpack` started in the background, its output going to files, to be waited for.
  struct Running {
    let process: Process
    let stdout: URL
    let stderr: URL

    /// The process id.
    var pid: Int32 { process.processIdentifier }

    /// Waits for it to end and returns its status and output.
    func wait() throws -> Output {
      process.waitUntilExit()
      return Output(
        status: process.terminationStatus,
        stdout: try String(contentsOf: stdout, encoding: .utf8),
        stderr: try String(contentsOf: stderr, encoding: .utf8))
    }
  }

  /// Starts boardpack in `directory` without waiting, with the same environment as `run`.
  static func launch(
    _ arguments: [String], in directory: URL, environment: [String: String] = [:]
  ) throws -> Running {
    guard let executable else { throw CocoaError(.fileNoSuchFile) }
    let logs = try temporaryFolder()
    let stdout = logs.appendingPathComponent("stdout")
    let stderr = logs.appendingPathComponent("stderr")
    _ = FileManager.default.createFile(atPath: stdout.path, contents: nil)
    _ = FileManager.default.createFile(atPath: stderr.path, contents: nil)
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = directory
    process.environment = ProcessInfo.processInfo.environment
      .filter { !$0.key.hasPrefix("BOARDPACK_SMTP_") }
      .merging(environment) { _, given in given }
    process.standardOutput = try FileHandle(forWritingTo: stdout)
    process.standardError = try FileHandle(forWritingTo: stderr)
    try process.run()
    return Running(process: process, stdout: stdout, stderr: stderr)
  }
}
