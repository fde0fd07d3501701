import Analysis
import CairoCanvas
import Charts
import Foundation
import HTMLReport
import IndicatorModel
import PackLoader

/// The repository's example pack, assessed and rendered with the default templates.
enum ExampleDashboard {
  /// The repository root, from this file's place in `Tests/HTMLReportTests/`.
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static let pack: Pack = {
    let loaded = PackLoader.load(from: root.appendingPathComponent("Indicators").path)
    return loaded.pack!
  }()

  /// Charts drawn as a build draws them: Cairo, the pack's branding, the document's date.
  static func drawing(_ assessment: Assessment, pack: Pack = pack) -> CairoSVGDrawing {
    CairoSVGDrawing(
      date: assessment.period.map(pack.documentDate(for:))
        ?? CalendarDate(year: 2000, month: 1, day: 1),
      style: ChartStyle(branding: pack.branding))
  }

  static func assessment(_ period: String? = nil) -> Assessment {
    Assessor.assess(
      pack, period: period.flatMap { Period(anyLabel: $0) }, generatorVersion: "test")
  }

  static func context(_ period: String? = nil, pack: Pack = pack) throws -> DashboardContext {
    let assessment = Assessor.assess(
      pack, period: period.flatMap { Period(anyLabel: $0) }, generatorVersion: "test")
    return try HTMLReport.context(
      pack: pack, assessment: assessment, version: "test",
      drawing: drawing(assessment, pack: pack))
  }

  static func page(_ period: String? = nil, pack: Pack = pack, templates: TemplateSet = .defaults)
    throws -> String
  {
    try HTMLReport.render(context(period, pack: pack), templates: templates)
  }
}
