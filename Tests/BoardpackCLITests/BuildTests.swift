import Foundation
import Testing
import TestSupport

/// `boardpack build` end to end: atomic, reproducible, with a manifest that proves its inputs.
@Suite struct BuildTests {
  let folder: URL

  init() throws {
    folder = try ExamplePack.copy()
  }

  var packFolder: URL { folder.appendingPathComponent("Output/stockport-cyp/2013-14-q4") }

  func read(_ path: String) throws -> Data {
    try Data(contentsOf: packFolder.appendingPathComponent(path))
  }

  @Test func writesTheAssessmentAndAManifestOfEveryInputAndOutput() throws {
    let run = try BoardpackProcess.run(["build"], in: folder)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.hasPrefix("Wrote "))
    let assess = try BoardpackProcess.run(["assess", "--format", "json"], in: folder)
    #expect(String(decoding: try read("assessment.json"), as: UTF8.self) == assess.stdout)

    let manifest = try #require(
      try JSONSerialization.jsonObject(with: try read("manifest.json")) as? [String: Any])
    #expect(manifest["period"] as? String == "2013/14 Q4")
    let inputs = try #require(manifest["inputs"] as? [[String: Any]])
    let csv = try #require(inputs.first { $0["path"] as? String == "data/cc-registration.csv" })
    let bytes = try Data(
      contentsOf: folder.appendingPathComponent("Indicators/data/cc-registration.csv"))
    #expect(csv["sha256"] as? String == sha256(bytes))
    let outputs = try #require(manifest["outputs"] as? [[String: Any]])
    let assessment = try #require(outputs.first { $0["path"] as? String == "assessment.json" })
    #expect(assessment["sha256"] as? String == sha256(try read("assessment.json")))
  }

  @Test func twoBuildsGiveByteIdenticalFiles() throws {
    _ = try BoardpackProcess.run(["build"], in: folder)
    let first = try files()
    _ = try BoardpackProcess.run(["build"], in: folder)
    let second = try files()
    #expect(first.keys.sorted() == second.keys.sorted())
    for (path, data) in first { #expect(second[path] == data, "\(path) differs") }
  }

  @Test func aPackWithErrorsBuildsNothingAndKeepsTheLastGoodPack() throws {
    _ = try BoardpackProcess.run(["build"], in: folder)
    let good = try files()
    let data = folder.appendingPathComponent("Indicators/data/cc-registration.csv")
    let csv = try String(contentsOf: data, encoding: .utf8)
    try Data((csv + "cc-registration,2013/14 Q4,E08000007,fifty,,,,,,\n").utf8).write(to: data)
    let run = try BoardpackProcess.run(["build"], in: folder)
    #expect(run.status == 1)
    #expect(run.stderr.contains("error: value \"fifty\" is not a number"))
    #expect(run.stderr.contains("nothing was built"))
    #expect(try files() == good)
    let siblings = try FileManager.default.contentsOfDirectory(
      atPath: packFolder.deletingLastPathComponent().path)
    #expect(siblings.sorted() == [".2013-14-q4.lock", "2013-14-q4"])  // no staging folder left
  }

  /// The period folder is derived output only: a rebuild replaces all of it, and nothing in it
  /// is carried over (the send log lives outside it, in `<output>/<pack-id>/email/`).
  @Test func aRebuildReplacesThePeriodFolderWhole() throws {
    _ = try BoardpackProcess.run(["build", "--format", "json"], in: folder)
    let built = try files().keys.sorted()
    let stray = packFolder.appendingPathComponent("email/sent.jsonl")
    try FileManager.default.createDirectory(
      at: stray.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(#"{"partner":"health"}"#.utf8 + [0x0A]).write(to: stray)
    let run = try BoardpackProcess.run(["build", "--format", "json"], in: folder)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(try files().keys.sorted() == built)
    #expect(built == ["assessment.json", "manifest.json", "snapshot.json"])
  }

  @Test func buildsTheSecondMeetingIntoItsOwnFolder() throws {
    let run = try BoardpackProcess.run(["build", "--period", "2019/20 Q2"], in: folder)
    #expect(run.status == 0, "\(run.stderr)")
    let manifest = try Data(
      contentsOf: folder.appendingPathComponent("Output/stockport-cyp/2019-20-q2/manifest.json"))
    #expect(String(decoding: manifest, as: UTF8.self).contains("\"period\" : \"2019/20 Q2\""))
  }

  func files() throws -> [String: Data] { try PackFiles.read(packFolder) }

  @Test func inAPipeItPrintsWhatWasWrittenAndHowLongEachStageTook() throws {
    let run = try BoardpackProcess.run(["build"], in: folder)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stderr.isEmpty, "no progress line in a pipe: \(run.stderr)")
    let lines = run.stdout.split(separator: "\n").map(String.init)
    // 25 charts with something to draw (of 14 × 3: the rest have no figure by 2013/14 Q4, or
    // nothing to compare with), each as SVG, PNG, PNG 2× and PDF.
    #expect(lines.first == "Wrote 110 files to Output/stockport-cyp/2013-14-q4")
    // Every stage and step with its time, and what each step wrote.
    for stage in ["load", "assess", "write outputs", "manifest and move into place", "total"] {
      #expect(lines.contains { $0.hasPrefix("  \(stage) ") && $0.contains(" ms") }, "\(stage)")
    }
    for (step, files) in [
      ("assessment.json", "1 file"), ("chart SVGs", "25 files"), ("charts", "75 files"),
      ("index.html", "1 file"),
      ("pack.pdf", "1 file"), ("summaries", "4 files"), ("pack.xlsx", "1 file"),
    ] {
      let line = lines.first { $0.hasPrefix("    \(step) ") }
      #expect(line?.contains(" \(files) ") == true, "\(step): \(line ?? "missing")")
    }
    #expect(
      lines.suffix(3) == [
        "Dashboard: Output/stockport-cyp/2013-14-q4/index.html",
        "Board pack: Output/stockport-cyp/2013-14-q4/pack.pdf",
        "Workbook: Output/stockport-cyp/2013-14-q4/pack.xlsx",
      ])
  }

  @Test func quietPrintsNothingButErrors() throws {
    let run = try BoardpackProcess.run(["build", "--quiet"], in: folder)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.isEmpty)
    #expect(run.stderr.isEmpty)
    #expect(
      FileManager.default.fileExists(atPath: packFolder.appendingPathComponent("pack.pdf").path))

    let broken = try BoardpackProcess.run(
      ["build", "--quiet", "--pack", "Missing"], in: folder)
    #expect(broken.status == 1)
    #expect(broken.stdout.isEmpty)
    #expect(!broken.stderr.isEmpty)
  }
}

/// The files of a built pack.
enum PackFiles {
  /// Every file under `folder`, by relative path.
  static func read(_ folder: URL) throws -> [String: Data] {
    var result: [String: Data] = [:]
    let base = folder.path + "/"
    let walker = FileManager.default.enumerator(atPath: folder.path)
    while let path = walker?.nextObject() as? String {
      var isFolder: ObjCBool = false
      let full = base + path
      if FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue {
        result[path] = try Data(contentsOf: URL(fileURLWithPath: full))
      }
    }
    return result
  }
}

/// SHA-256 by `sha256sum`, an implementation independent of the one under test.
func sha256(_ data: Data) -> String {
  let file = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
  try? data.write(to: file)
  defer { try? FileManager.default.removeItem(at: file) }
  let output = (try? Tool.run("/usr/bin/sha256sum", [file.path], errorsToo: false).output) ?? ""
  return String(output.prefix(64))
}

extension BuildTests {
  /// The chart files are drawn in the pack's branding, as the dashboard and pack.pdf are: a
  /// chart pasted from `charts/` must look like the one on the page.
  @Test func chartFilesFollowThePacksBranding() throws {
    _ = try BoardpackProcess.run(["build", "--format", "charts"], in: folder)
    let standard = try read("charts/cc-registration-trend.png")
    let yaml = folder.appendingPathComponent("Indicators/pack.yaml")
    let text = try String(contentsOf: yaml, encoding: .utf8)
    try Data(text.replacingOccurrences(of: "#005EA5", with: "#AA3300").utf8).write(to: yaml)
    let run = try BoardpackProcess.run(["build", "--format", "charts"], in: folder)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(try read("charts/cc-registration-trend.png") != standard)
  }
}

extension BuildTests {
  /// A full build inlines the SVGs the charts step drew; a dashboard-only build draws its own.
  /// The page must be the same either way.
  @Test func theDashboardIsTheSameWhetherItDrawsItsChartsOrTakesTheChartFiles() throws {
    let full = try BoardpackProcess.run(["build"], in: folder)
    #expect(full.status == 0, "\(full.stderr)")
    let shared = try read("index.html")
    let alone = try BoardpackProcess.run(["build", "--format", "html"], in: folder)
    #expect(alone.status == 0, "\(alone.stderr)")
    #expect(try read("index.html") == shared)
  }
}

extension BuildTests {
  /// An output folder inside the pack folder holds outputs, not inputs: the manifest leaves it
  /// out, so a rebuild's manifest is the same as the first build's.
  @Test func anOutputFolderInsideThePackIsNotAnInput() throws {
    let arguments = ["build", "--pack", "Indicators", "--output", "Indicators/Output"]
    let manifest = "Indicators/Output/stockport-cyp/2013-14-q4/manifest.json"
    let first = try BoardpackProcess.run(arguments, in: folder)
    #expect(first.status == 0, "\(first.stderr)")
    let before = try Data(contentsOf: folder.appendingPathComponent(manifest))
    let second = try BoardpackProcess.run(arguments, in: folder)
    #expect(second.status == 0, "\(second.stderr)")
    let after = try Data(contentsOf: folder.appendingPathComponent(manifest))
    #expect(after == before)
    let object = try #require(try JSONSerialization.jsonObject(with: after) as? [String: Any])
    let inputs = try #require(object["inputs"] as? [[String: Any]])
    #expect(inputs.contains { $0["path"] as? String == "pack.yaml" })
    #expect(!inputs.contains { ($0["path"] as? String)?.hasPrefix("Output/") == true })
  }
}
