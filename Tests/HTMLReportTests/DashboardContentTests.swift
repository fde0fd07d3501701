import Foundation
import Testing
import Charts
import IndicatorModel

@testable import HTMLReport

/// The example pack's page: order of contents, headings, charts with words and data.
@Suite struct DashboardContentTests {
  @Test func registrationAt55PercentIsTheFirstExceptionRedWithItsReasons() throws {
    let context = try ExampleDashboard.context("2013/14 Q4")
    let first = try #require(context.exceptions.first)
    #expect(first.id == "cc-registration")
    #expect(first.latest.value == "55.0%")
    #expect(first.rag.status == "red" && first.rag.letter == "R")
    #expect(first.reasons.contains { $0.message.contains("below the Ofsted expectation of 80%") })
    #expect(first.commentary?.html.contains("<strong>55%</strong>") == true)

    let page = try ExampleDashboard.page("2013/14 Q4")
    let exceptions = try #require(page.between("id=\"exceptions\"", "id=\"themes\""))
    #expect(
      exceptions.offset(of: "Children&#39;s Centre registration")
        < exceptions.offset(
          of: "<article class=\"exception severity-concern\" aria-labelledby=\"exception-fsm"))
    // Exceptions come before the tiles, the scorecard and the sections.
    #expect(page.offset(of: "id=\"exceptions\"") < page.offset(of: "id=\"themes\""))
    #expect(page.offset(of: "id=\"themes\"") < page.offset(of: "id=\"scorecard\""))
    #expect(page.offset(of: "id=\"scorecard\"") < page.offset(of: "id=\"indicator-"))
    #expect(page.offset(of: "id=\"indicator-") < page.offset(of: "id=\"key\""))
  }

  /// Commentary belongs to the meeting's period even when the indicator's latest figure is an
  /// earlier academic year (the FSM gap's 2012/13 is discussed at the 2013/14 Q4 meeting).
  @Test func commentaryIsTheMeetingsEvenForAnEarlierAcademicYear() throws {
    let context = try ExampleDashboard.context("2013/14 Q4")
    let gap = try #require(context.exceptions.first { $0.id == "fsm-attainment-gap" })
    #expect(gap.latest.period == "2012/13")
    #expect(gap.commentary?.html.contains("pupil premium conference") == true)
  }

  /// An entry the owner has not written yet (`text: ""`) is no commentary: the exception card
  /// says none was given, and neither it nor the indicator's section names an author.
  @Test func anEntryWithNoTextYetIsNoCommentary() throws {
    var pack = ExampleDashboard.pack
    let period = try #require(Period(anyLabel: "2013/14 Q4"))
    pack.commentary[period, default: [:]]["cc-registration"] = Commentary(
      indicator: "cc-registration", author: "Viki Packman", text: "")
    let context = try ExampleDashboard.context("2013/14 Q4", pack: pack)
    #expect(context.exceptions.first { $0.id == "cc-registration" }?.commentary == nil)
    let page = try ExampleDashboard.page("2013/14 Q4", pack: pack)
    let card = try #require(
      page.between("aria-labelledby=\"exception-cc-registration", "</article>"))
    #expect(card.contains("No commentary was given for this period."))
    #expect(!page.contains("Commentary from Viki Packman"))
  }

  /// A financial and an academic 2018/19 are different years, and snapshots read as dates.
  @Test func dataAsAtTellsPeriodsApart() throws {
    let labels = try ExampleDashboard.context("2019/20 Q2").headline.dataAsAt.map(\.label)
    #expect(Set(labels).count == labels.count, "\(labels)")
    #expect(labels.contains("2018/19 (academic year)"))
    // At the meeting of 24 September 2019 the 2018/19 injury figures and the 31 March 2019
    // snapshots were not out yet (`published:`).
    #expect(labels.contains("2017/18 (financial year)"))
    #expect(labels.contains("31 March 2018"))
  }

  @Test func permanentExclusionsIsAnExceptionIn2019_20Q2() throws {
    let context = try ExampleDashboard.context("2019/20 Q2")
    #expect(context.exceptions.map(\.id).contains("permanent-exclusions"))
    #expect(context.period.label == "2019/20 Q2")
    #expect(context.meeting.board.contains("Family Partnership Board"))
  }

  @Test(arguments: ["2013/14 Q4", "2019/20 Q2"])
  func oneH1AndHeadingsNeverSkipALevel(period: String) throws {
    let levels = try ExampleDashboard.page(period).headingLevels
    #expect(levels.first == 1)
    #expect(levels.filter { $0 == 1 }.count == 1)
    for (previous, next) in zip(levels, levels.dropFirst()) {
      #expect(next <= previous + 1, "h\(previous) is followed by h\(next)")
    }
  }

  @Test func everyChartHasAltTextFromTheChartLayerAndADataTable() throws {
    let context = try ExampleDashboard.context()
    let charts = context.themes.flatMap(\.indicators).flatMap(\.charts)
    #expect(charts.count >= 20)
    for chart in charts {
      #expect(!chart.alt.isEmpty)
      #expect(chart.svg.hasPrefix("<svg"))
      #expect(chart.svg.contains("role=\"img\""))
      #expect(chart.svg.contains("<title>"))
      #expect(!chart.table.rows.isEmpty)
      #expect(chart.table.rows.allSatisfy { $0.cells.count == chart.table.columns.count - 1 })
    }
    let page = try ExampleDashboard.page()
    // Each exception card shows a copy of its headline chart, without the data table (the
    // indicator's section has it).
    let copies = context.exceptions.compactMap(\.chart)
    #expect(copies.count == context.exceptions.count)
    #expect(page.occurrences(of: "<figure class=\"chart") == charts.count + copies.count)
    #expect(page.occurrences(of: "<details class=\"chart-data\">") == charts.count)
    let trend = try #require(
      charts.first { $0.kind == "trend" && $0.alt.contains("Children's Centre registration") })
    #expect(trend.table.rows.last?.cells.first == "55.0%")
  }

  @Test func tablesHaveCaptionsAndHeaderCellsWithScope() throws {
    let page = try ExampleDashboard.page()
    let tables = page.occurrences(of: "<table")
    #expect(tables > 25)
    #expect(page.occurrences(of: "<caption") == tables)
    #expect(!page.contains("<th>"))
  }

  @Test func theKeyExplainsTheTargetRuleAndTheSPCRulesInUse() throws {
    let key = try ExampleDashboard.context().key
    #expect(key.targetRule.contains("amber threshold"))
    #expect(key.spcRules.contains { $0.contains("7 or more points in a row") })
    #expect(key.exceptionRules.first == "The latest figure is red against its target.")
    #expect(key.exceptionRules.contains("The figure has got worse 3 periods in a row."))
    #expect(key.statuses.map(\.letter) == ["R", "A", "G", "–"])
  }

  @Test func everyColourPairReachesFourAndAHalfToOne() throws {
    let colours = DashboardColours(branding: ExampleDashboard.pack.branding)
    for pair in colours.pairs + [colours.brand] {
      #expect(Contrast.ratio(pair.background, pair.text) >= 4.5, "\(pair.name)")
    }
  }

  @Test(arguments: ["#FFDD00", "#005EA5", "#00FF00"])
  func aPaleBrandColourGetsDarkText(hex: String) {
    var branding = ExampleDashboard.pack.branding
    branding.colour = hex
    let brand = DashboardColours(branding: branding).brand
    #expect(Contrast.ratio(brand.background, brand.text) >= 4.5)
  }

  @Test func theLogoIsEmbeddedAsADataURI() throws {
    let png = Data([0x89, 0x50, 0x4E, 0x47])
    let uri = try #require(HTMLReport.dataURI(for: png, fileName: "logo.png"))
    #expect(uri == "data:image/png;base64,iVBORw==")
    let assessment = ExampleDashboard.assessment()
    let page = try HTMLReport.render(
      pack: ExampleDashboard.pack, assessment: assessment, templates: .defaults, logo: uri,
      version: "test", drawing: ExampleDashboard.drawing(assessment))
    #expect(page.contains("<img class=\"logo\" src=\"data:image/png;base64,iVBORw==\""))
    #expect(HTMLReport.dataURI(for: png, fileName: "logo.bmp") == nil)
  }

  @Test func nothingIsLoadedFromTheNetwork() throws {
    let page = try ExampleDashboard.page()
    #expect(!page.contains("<script"))
    #expect(!page.contains("<link"))
    #expect(!page.contains("src=\"http"))
    #expect(!page.contains("url(http"))
  }
}

/// Charts handed in already drawn (a build's `charts/` SVGs) are inlined instead of drawn.
@Suite struct DrawnChartTests {
  @Test func aChartDrawnElsewhereIsInlinedAsGiven() throws {
    let asked = Asked()
    let marker =
      #"<svg xmlns="http://www.w3.org/2000/svg" width="800" height="400"><rect id="from-the-build" width="1" height="1"/></svg>"#
    let assessment = ExampleDashboard.assessment()
    let context = try HTMLReport.context(
      pack: ExampleDashboard.pack, assessment: assessment, version: "test",
      drawing: ExampleDashboard.drawing(assessment),
      drawn: { file in
        asked.record(file.idPrefix)
        return file == ChartFile(indicatorID: "cc-registration", kind: .spc)
          ? Data(marker.utf8) : nil
      })
    let page = try HTMLReport.render(context, templates: .defaults)
    // In the indicator's section and in its exception card.
    #expect(page.components(separatedBy: "from-the-build").count == 3)
    // Asked for every chart the page shows, and drew the rest itself.
    #expect(asked.all.contains("cc-registration-trend-"))
    #expect(page.contains("cc-registration-trend-"))
  }
}

final class Asked: @unchecked Sendable {
  private let lock = NSLock()
  private var names: [String] = []
  func record(_ name: String) {
    lock.lock()
    names.append(name)
    lock.unlock()
  }
  var all: [String] {
    lock.lock()
    defer { lock.unlock() }
    return names
  }
}
