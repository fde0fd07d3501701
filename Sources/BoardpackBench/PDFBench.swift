import Analysis
import IndicatorModel
import PDFReport

/// pack.pdf timings: the whole board pack (layout in two passes, charts, drawing, writing)
/// and the pages per second that gives (issue 6).
enum PDFBench {
  static func pack(
    _ pack: Pack, assessment: Assessment, label: String, repeats: Int,
    into table: inout BenchTable
  ) {
    guard let period = assessment.period else { return }
    let row = "pack.pdf of \(label)"
    let result = table.time(row, repeats: repeats) {
      try? BoardPackPDF.renderCountingPages(pack: pack, assessment: assessment, date: period.end)
    }
    guard let result, let seconds = table.seconds(row), seconds > 0 else { return }
    table.note(
      "pack.pdf of \(label): \(result.pages) pages, "
        + "\(NumberFormat.format(Double(result.pages) / seconds, decimals: 0)) pages per second")
  }
}
