import Foundation
import WorkbookReport

/// `pack.xlsx`: the workbook, written by libxlsxwriter straight into the staging folder, its
/// temporary files (a sheet's rows, in `constant_memory` mode) in a scratch folder beside it.
enum WorkbookStep {
  static let step = BuildStep(.workbook) { context, writer in
    try writer.produce("pack.xlsx") { file, shown, scratch in
      do {
        try WorkbookReport.write(
          pack: context.pack, assessment: context.assessment, date: context.documentDate,
          to: file, temporaryFolder: scratch)
      } catch let error as WorkbookError {
        throw BuildError.stepFailed(step: "pack.xlsx", path: shown, reason: error.description)
      }
    }
  }
}
