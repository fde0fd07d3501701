import Foundation
import IndicatorModel
import PackLoader

/// `boardpack import`: brings a published export into the pack's data format, reports what a
/// re-import revised, and cross-checks boardpack's readings against the publisher's.
///
/// A dry run stops before the write step and reports the same changes. Nothing is written unless
/// every row reads cleanly: the export is read and checked in full,
/// the indicator's data file is rebuilt in memory, and only then written (through a temporary
/// file and a rename), with a new indicator's definition.
public enum Importer {
  /// Imports one export, one named step after another (`ImportStep`); throws every problem
  /// found, located in the export or the pack, with the step that stopped.
  public static func run(_ request: ImportRequest) throws(ImportFailure) -> ImportOutcome {
    let session = try ImportStep.loadPack.perform { () throws(ImportFailure) in
      try ImportSession(request)
    }
    let export = try ImportStep.readExport.perform { () throws(ImportFailure) in
      try session.readExport()
    }
    let indicator = try ImportStep.defineIndicator.perform { () throws(ImportFailure) in
      try session.indicator(for: export)
    }
    let rows = try ImportStep.checkRows.perform { () throws(ImportFailure) in
      try session.checkRows(export, indicator: indicator)
    }
    let merged = try ImportStep.merge.perform { () throws(ImportFailure) in
      try session.merge(export, rows: rows, indicator: indicator)
    }
    if !request.dryRun {
      try ImportStep.write.perform { () throws(ImportFailure) in try session.write(merged) }
    }
    let report = ImportStep.crossCheck.perform {
      session.crossCheck(export, rows: rows, indicator: indicator)
    }
    return session.outcome(
      export, rows: rows, indicator: indicator, merged: merged, crossCheck: report)
  }

  static func trimmed(_ directory: String) -> String {
    var text = directory
    while text.count > 1 && text.hasSuffix("/") { text.removeLast() }
    return text.isEmpty ? "." : text
  }
}
