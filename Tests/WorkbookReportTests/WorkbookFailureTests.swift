import Foundation
import IndicatorModel
import Testing
import TestSupport
import WorkbookReport

/// What libxlsxwriter reports reaches the caller as a `WorkbookError` in words, never a crash.
/// (A temporary folder it cannot use is no error: libxlsxwriter's `tmpfileplus` then falls back
/// to `$TMP`, `$TMPDIR` and `/tmp`; the build creates its scratch folder itself, and that
/// failing is the build's error.)
@Suite struct WorkbookFailureTests {
  @Test func aFileThatCannotBeCreatedIsAnError() throws {
    let (pack, assessment) = try #require(ExampleWorkbook.assessed)
    let folder = try TestFolder.make("workbook-failure")
    #expect {
      try WorkbookReport.write(
        pack: pack, assessment: assessment, date: CalendarDate(year: 2014, month: 3, day: 31),
        to: folder.appendingPathComponent("missing/pack.xlsx").path, temporaryFolder: folder.path)
    } throws: { error in
      (error as? WorkbookError)?.description.hasPrefix("cannot write the file: ") == true
    }
  }
}
