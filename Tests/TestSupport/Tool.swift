import Foundation

/// Runs a command-line tool that checks our output independently (qpdf, poppler, the Nu
/// validator, Python's jsonschema, sha256sum) and returns its exit status and what it printed.
public enum Tool {
  /// - Parameter errorsToo: whether standard error is read into `output` along with standard
  ///   output (it is left to the terminal otherwise).
  public static func run(_ executable: String, _ arguments: [String], errorsToo: Bool = true)
    throws -> (status: Int32, output: String)
  {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    if errorsToo { process.standardError = pipe }
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }
}
