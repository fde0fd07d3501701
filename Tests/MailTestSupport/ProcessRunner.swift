import Foundation

/// Runs a short helper program to completion with a time limit, capturing its output.
public enum ProcessRunner {
  /// A helper that failed or ran too long, with its standard error.
  public struct Failure: Error, CustomStringConvertible {
    /// What went wrong.
    public let description: String
  }

  /// Runs and returns stdout; throws with stderr when it fails or takes longer than `limit`.
  public static func run(_ executable: String, _ arguments: [String], limit: TimeInterval = 30)
    throws
    -> Data
  {
    let folder = try Fixtures.temporaryFolder("run")
    defer { try? FileManager.default.removeItem(at: folder) }
    let outURL = folder.appendingPathComponent("out")
    let errURL = folder.appendingPathComponent("err")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    // Files rather than pipes: a chatty child can never block on a full pipe.
    process.standardOutput = try FileHandle(forWritingTo: outURL)
    process.standardError = try FileHandle(forWritingTo: errURL)
    try process.run()
    let deadline = Date().addingTimeInterval(limit)
    while process.isRunning && Date() < deadline { usleep(10_000) }
    if process.isRunning {
      process.terminate()
      process.waitUntilExit()
      throw Failure(description: "\(executable) \(arguments) took longer than \(limit) s")
    }
    let stderr = (try? String(contentsOf: errURL, encoding: .utf8)) ?? ""
    guard process.terminationStatus == 0 else {
      throw Failure(
        description: "\(executable) \(arguments) exited \(process.terminationStatus): \(stderr)")
    }
    return try Data(contentsOf: outURL)
  }
}
