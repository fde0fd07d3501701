import Foundation
import Testing

/// An output folder that cannot be used gives one sentence naming the path and what to do,
/// never Foundation's error text (issue #15). Tests run as root, so a file in the way and
/// `/proc` stand for the folders a user may not write to.
@Suite struct BuildOutputErrorTests {
  let folder: URL

  init() throws {
    folder = try ExamplePack.copy()
    try Data("not a folder\n".utf8).write(to: folder.appendingPathComponent("Output"))
  }

  @Test(
    "the reason and the remedy, from the system's error number",
    arguments: [
      (
        [String](),
        #"Output/stockport-cyp: error: cannot create the output folder: a file named "Output" is in the way; choose another folder with --output"#
      ),
      (
        ["--output", "Output/packs"],
        #"Output/packs/stockport-cyp: error: cannot create the output folder: a file named "Output" is in the way; choose another folder with --output"#
      ),
      (
        ["--output", "/dev/null"],
        #"/dev/null/stockport-cyp: error: cannot create the output folder: a file named "/dev/null" is in the way; choose another folder with --output"#
      ),
      (
        ["--output", "/proc/boardpack"],
        #"/proc/boardpack/stockport-cyp: error: cannot create the output folder: "/proc" does not take new files or folders; choose another folder with --output"#
      ),
    ])
  func unusableOutput(arguments: [String], message: String) throws {
    let run = try BoardpackProcess.run(["build"] + arguments, in: folder)
    #expect(run.status == 1)
    #expect(run.stdout.isEmpty)
    #expect(run.stderr == message + "\n")
    #expect(!run.stderr.contains("Error Domain"))
  }
}
