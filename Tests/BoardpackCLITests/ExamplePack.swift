import Foundation
import TestSupport

/// The repository's own example pack, for end-to-end tests of the real data.
enum ExamplePack {
  /// The repository root, found from this file's place in `Tests/BoardpackCLITests/`.
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// A copy of `Indicators/` in a fresh folder, to run in.
  static func copy() throws -> URL {
    let folder = try BoardpackProcess.temporaryFolder()
    try FileManager.default.copyItem(
      at: root.appendingPathComponent("Indicators"),
      to: folder.appendingPathComponent("Indicators"))
    return folder
  }

  /// `docs/assessment.schema.json`, the contract other tools read.
  static let schema = root.appendingPathComponent("docs/assessment.schema.json")

  /// Runs boardpack from the repository root, as the README does.
  static func run(_ arguments: [String]) throws -> BoardpackProcess.Output {
    try BoardpackProcess.run(arguments, in: root)
  }

  /// Validates JSON text against the schema with the `jsonschema` package (an independent,
  /// complete Draft 2020-12 implementation); returns its complaints, empty when valid.
  static func schemaErrors(_ json: String) throws -> String {
    let folder = try BoardpackProcess.temporaryFolder()
    let file = folder.appendingPathComponent("assessment.json")
    try Data(json.utf8).write(to: file)
    let script = """
      import json, sys, jsonschema
      schema = json.load(open(sys.argv[1]))
      document = json.load(open(sys.argv[2]))
      validator = jsonschema.Draft202012Validator(schema)
      for error in sorted(validator.iter_errors(document), key=str):
          print(list(error.absolute_path), error.message)
      """
    let (status, text) = try Tool.run(
      "/usr/bin/env", ["python3", "-c", script, schema.path, file.path])
    return status == 0 ? text : "python3 failed: \(text)"
  }
}
