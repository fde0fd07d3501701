import Analysis
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

  static func assessment(_ period: String? = nil) -> Assessment {
    Assessor.assess(
      pack, period: period.flatMap { Period(anyLabel: $0) }, generatorVersion: "test")
  }

  static func context(_ period: String? = nil, pack: Pack = pack) throws -> DashboardContext {
    let assessment = Assessor.assess(
      pack, period: period.flatMap { Period(anyLabel: $0) }, generatorVersion: "test")
    return try HTMLReport.context(pack: pack, assessment: assessment, version: "test")
  }

  static func page(_ period: String? = nil, pack: Pack = pack, templates: TemplateSet = .defaults)
    throws -> String
  {
    try HTMLReport.render(context(period, pack: pack), templates: templates)
  }
}
