import Analysis
import Foundation
import IndicatorModel
import PackLoader
import TestSupport
import WorkbookReport

/// The repository's example pack at 2013/14 Q4, and its workbook read back by openpyxl.
enum ExampleWorkbook {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The example pack and its assessment at 2013/14 Q4.
  static let assessed: (pack: Pack, assessment: Assessment)? = {
    guard let pack = PackLoader.load(from: root.appendingPathComponent("Indicators").path).pack
    else { return nil }
    return (
      pack, Assessor.assess(pack, period: Period(anyLabel: "2013/14 Q4"), generatorVersion: "test")
    )
  }()

  /// Writes the workbook of `pack` into a fresh folder and returns its path.
  static func write(_ pack: Pack, _ assessment: Assessment) throws -> String {
    let folder = try TestFolder.make("workbook")
    let path = folder.appendingPathComponent("pack.xlsx").path
    try WorkbookReport.write(
      pack: pack, assessment: assessment, date: CalendarDate(year: 2014, month: 3, day: 31),
      to: path, temporaryFolder: folder.path)
    return path
  }

  /// Every sheet's cells as openpyxl reads them: `[sheet: [[value]]]`, text as strings and
  /// numbers as numbers (JSON), empty cells as null.
  static func cells(_ path: String) throws -> [String: [[Any?]]] {
    let script = """
      import json, sys, openpyxl
      book = openpyxl.load_workbook(sys.argv[1])
      print(json.dumps({s.title: [[c.value for c in row] for row in s.iter_rows()] for s in book}))
      """
    let (status, output) = try Tool.run("/usr/bin/env", ["python3", "-c", script, path])
    guard status == 0,
      let object = try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any]
    else { throw ReadFailure(output: output) }
    return object.mapValues { ($0 as? [[Any]])?.map { $0.map { $0 is NSNull ? nil : $0 } } ?? [] }
  }

  struct ReadFailure: Error, CustomStringConvertible {
    let output: String
    var description: String { "openpyxl could not read the workbook: \(output)" }
  }
}
