import Foundation
import Testing

/// `boardpack build`'s options: `--format` takes a list of outputs, an unknown one is a usage
/// error naming the valid ones, and `--output` and `--templates` read the same in build and
/// email.
@Suite struct BuildOptionTests {
  let folder: URL

  init() throws {
    folder = try ExamplePack.copy()
  }

  @Test func formatTakesACommaSeparatedListWithSpacesAndEmptyItems() throws {
    let run = try BoardpackProcess.run(["build", "--format", "json,, pdf", "--quiet"], in: folder)
    #expect(run.status == 0, "\(run.stderr)")
    let built = try FileManager.default.contentsOfDirectory(
      atPath: folder.appendingPathComponent("Output/stockport-cyp/2013-14-q4").path)
    #expect(built.sorted() == ["assessment.json", "manifest.json", "pack.pdf", "snapshot.json"])
  }

  @Test func anUnknownOutputIsAUsageErrorNamingTheValidOnes() throws {
    let run = try BoardpackProcess.run(["build", "--format", "json,pfd"], in: folder)
    #expect(run.status == 64)  // EX_USAGE
    #expect(run.stderr.contains("The value 'json,pfd' is invalid for '--format <LIST>'"))
    // Six names or more are listed one a line.
    #expect(run.stderr.contains("Please provide one of the following:"))
    for name in ["json", "charts", "html", "pdf", "summaries", "xlsx"] {
      #expect(run.stderr.contains("\n  - \(name)\n"), "\(name)")
    }
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Output").path))
  }

  @Test func aTemplatesFolderThatIsNotThereIsAUsageError() throws {
    let run = try BoardpackProcess.run(["build", "--templates", "Nowhere"], in: folder)
    #expect(run.status == 64)
    #expect(run.stderr.contains("--templates Nowhere: no such folder"))
  }

  @Test func helpNamesTheOutputsAndTheSharedOptions() throws {
    let build = try BoardpackProcess.run(["build", "--help"], in: folder)
    #expect(build.status == 0)
    #expect(build.stdout.contains("--format <LIST>"))
    #expect(build.stdout.contains("(values: json,"))
    #expect(build.stdout.contains("xlsx; default: all)"))
    let email = try BoardpackProcess.run(["email", "--help"], in: folder)
    for help in [build.stdout, email.stdout] {
      #expect(help.contains("--output <DIR>          Where packs are written. (default: Output)"))
      #expect(help.contains("--templates <DIR>       Templates for index.html (build) and"))
    }
  }
}
