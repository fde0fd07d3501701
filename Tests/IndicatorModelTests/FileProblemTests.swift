import Foundation
import TestSupport
import Testing

import IndicatorModel

#if canImport(Glibc)
  import Glibc
#endif

/// File-system failures in words from the error number, never Foundation's error text.
@Suite struct FileProblemTests {
  @Test(
    "each error number reads as a reason and a remedy",
    arguments: [
      (EACCES, "permission denied in \"Output/pack\"", "choose another folder with --output"),
      (EPERM, "permission denied in \"Output/pack\"", "choose another folder with --output"),
      (
        EROFS, "\"Output/pack\" is on a read-only file system",
        "choose another folder with --output"
      ),
      (
        ENOENT, "\"Output/pack\" does not take new files or folders",
        "choose another folder with --output"
      ),
      (ENOSPC, "the disk is full", "free some space and build again"),
      (EDQUOT, "the disk quota is used up", "free some space and build again"),
      (ENAMETOOLONG, "the path is too long", "choose another folder with --output"),
      (EIO, "the disk reported an input/output error", "check the disk, then build again"),
    ])
  func words(code: Int32, reason: String, advice: String) {
    let problem = FileProblem(code: code)
    #expect(problem.reason(at: "Output/pack/2013-14-q4") == reason)
    #expect(problem.advice == advice)
  }

  @Test func aFileInTheWayIsNamedAsTheUserGaveIt() throws {
    let root = try TestFolder.make("file-problem")
    let file = root.appendingPathComponent("Output")
    try Data().write(to: file)
    let problem = FileProblem(code: ENOTDIR)
    #expect(
      problem.reason(at: file.path + "/pack/2013-14-q4")
        == "a file named \"\(file.path)\" is in the way")
  }

  @Test func foundationsErrorsGiveTheirErrorNumberAndNeverTheirText() throws {
    let root = try TestFolder.make("file-problem")
    let file = root.appendingPathComponent("Output")
    try Data().write(to: file)
    do {
      try FileManager.default.createDirectory(
        atPath: file.path + "/pack", withIntermediateDirectories: true)
      Issue.record("a folder was created under a file")
    } catch {
      #expect(FileProblem(error)?.code == ENOTDIR)
      let text = FileProblem.describe(error)
      #expect(!text.contains("Error Domain"), "\(text)")
      #expect(text.contains("is in the way"), "\(text)")
    }
    #expect(FileProblem(CocoaError(.fileWriteOutOfSpace))?.code == ENOSPC)
    #expect(FileProblem(POSIXError(.EACCES))?.code == EACCES)
    #expect(FileProblem(CancellationError()) == nil)
  }
}
