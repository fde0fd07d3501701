import Foundation
import Testing
import TestSupport

/// The dashboard measured in a real browser, not read from its CSS: headless Chromium driven by
/// Selenium (`Tests/Fixtures/browser/layout.py`) checks that at 1280 px the scorecard fits with
/// every column on screen, and that on a 390 px phone each row shows its indicator, latest value,
/// status and direction with the rest one tap away, and that neither width scrolls sideways.
@Suite struct DashboardLayoutTests {
  /// The browser check, beside the other fixtures.
  static let script = ExamplePack.root.appendingPathComponent(
    "Tests/Fixtures/browser/layout.py")

  // 2014/15 Q1 has the table of actions from earlier meetings.
  @Test(arguments: ["2013/14 Q4", "2019/20 Q2", "2014/15 Q1"])
  func theDashboardFitsADesktopAndAPhone(period: String) throws {
    let folder = try ExamplePack.copy()
    let build = try BoardpackProcess.run(
      ["build", "--format", "html", "--period", period], in: folder)
    #expect(build.status == 0, "\(build.stderr)")
    let slug = period.lowercased().replacingOccurrences(of: "/", with: "-")
      .replacingOccurrences(of: " ", with: "-")
    let page = folder.appendingPathComponent("Output/stockport-cyp/\(slug)/index.html")

    let (status, report) = try Tool.run("/usr/bin/env", ["python3", Self.script.path, page.path])
    #expect(status == 0, "layout of \(period) in Chromium:\n\(report)")
    #expect(report.contains("0 failure(s)"), "\(report)")
  }
}
