import Foundation
import TestSupport

/// Runs the built `boardpack` executable as a user would, capturing its output.
struct BoardpackProcess {
  struct Output {
    let status: Int32
    let stdout: String
    let stderr: String
  }

  /// The `boardpack` binary beside the test bundle. On Linux the bundle is an executable
  /// (`boardpackPackageTests.xctest`) in the build folder; on macOS it is a bundle directory there.
  static let executable: URL? = {
    var folders: [URL] = []
    if let url = Bundle.main.executableURL { folders.append(url.deletingLastPathComponent()) }
    folders.append(
      URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        .deletingLastPathComponent())
    for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
      folders.append(bundle.bundleURL.deletingLastPathComponent())
    }
    return folders.map { $0.appendingPathComponent("boardpack") }.first {
      FileManager.default.isExecutableFile(atPath: $0.path)
    }
  }()

  /// Runs boardpack in `directory`. `environment` is added to the test's own, from which any
  /// `BOARDPACK_SMTP_*` variable is removed, so a developer's mail settings never reach a test.
  static func run(
    _ arguments: [String], in directory: URL, environment: [String: String] = [:]
  ) throws -> Output {
    guard let executable else { throw CocoaError(.fileNoSuchFile) }
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = directory
    process.environment = ProcessInfo.processInfo.environment
      .filter { !$0.key.hasPrefix("BOARDPACK_SMTP_") }
      .merging(environment) { _, given in given }
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    // Read before waiting so a full pipe cannot block the child.
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Output(
      status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
      stderr: String(decoding: stderr, as: UTF8.self))
  }

  /// Starts `boardpack` without waiting for it, its output thrown away (to be killed midway).
  static func start(_ arguments: [String], in directory: URL) throws -> Process {
    guard let executable else { throw CocoaError(.fileNoSuchFile) }
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = directory
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    return process
  }

  /// A fresh empty folder to run in.
  static func temporaryFolder() throws -> URL {
    try TestFolder.make("cli")
  }
}
