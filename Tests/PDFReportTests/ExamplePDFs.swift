import Analysis
import Foundation
import IndicatorModel
import PDFReport
import PackLoader

/// The repository's example pack, assessed and rendered once per period for every test.
struct ExamplePDFs: Sendable {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  let pack: Pack
  let assessment: Assessment
  let date: CalendarDate
  let packPDF: Data
  let summaries: [String: Data]

  /// The meetings the example pack serves.
  static let periods = ["2013/14 Q4", "2019/20 Q2"]

  static let byPeriod: [String: ExamplePDFs] = {
    let loaded = PackLoader.load(from: root.appendingPathComponent("Indicators").path)
    guard let pack = loaded.pack else { return [:] }
    var result: [String: ExamplePDFs] = [:]
    for label in periods {
      let period = Period(anyLabel: label)
      let assessment = Assessor.assess(pack, period: period, generatorVersion: "test")
      let date = pack.meeting(for: assessment.period!).date ?? assessment.period!.end
      let packPDF = (try? BoardPackPDF.render(pack: pack, assessment: assessment, date: date))
      var summaries: [String: Data] = [:]
      for partner in pack.partners {
        summaries[partner.id] = try? PartnerSummaryPDF.render(
          partner: partner, pack: pack, assessment: assessment, date: date)
      }
      result[label] = ExamplePDFs(
        pack: pack, assessment: assessment, date: date, packPDF: packPDF ?? Data(),
        summaries: summaries)
    }
    return result
  }()
}
