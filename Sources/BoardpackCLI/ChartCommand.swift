import Analysis
import ArgumentParser
import CairoCanvas
import Charts
import Foundation
import IndicatorModel
import PackLoader

/// `boardpack chart`: one chart of one indicator, for pasting into other documents.
struct ChartCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "chart",
    abstract: "Draw one chart of one indicator to a PNG, SVG or PDF file.",
    discussion: """
      The chart is the one the pack draws, at the reporting period (--period): trend (values \
      with 95% intervals, target, England and other comparators), spc (the Making Data Count \
      chart with its icons) or compare (bars for the area, England and the statistical \
      neighbours). The format follows the file's extension: .png, .svg or .pdf. Sizes are in \
      CSS pixels; --scale 2 gives a PNG with twice the pixels for high-density screens.

      Example: boardpack chart cc-registration --kind spc -o registration-spc.png
      """)

  /// The chart kinds a user can ask for.
  enum Kind: String, ExpressibleByArgument, CaseIterable {
    case trend, spc, compare

    var chartKind: ChartKind {
      switch self {
      case .trend: .trend
      case .spc: .spc
      case .compare: .compare
      }
    }
  }

  @Argument(help: ArgumentHelp("The indicator's id, e.g. cc-registration.", valueName: "ID"))
  var id: String

  @Option(help: "trend, spc or compare.")
  var kind: Kind = .trend

  @Option(
    name: [.short, .customLong("output")],
    help: ArgumentHelp("The file to write: FILE.png, FILE.svg or FILE.pdf.", valueName: "FILE"))
  var output: String

  @Option(help: "Width in CSS pixels.")
  var width: Double = ChartFile.standardSize.width

  @Option(
    help:
      "Height in CSS pixels (default: half the width; a compare chart as high as its bars need).")
  var height: Double?

  @Option(help: "Pixels per CSS pixel, for PNG only (2 for high-density screens).")
  var scale: Double = 1

  @OptionGroup var options: PackOptions

  func validate() throws {
    let ext = URL(fileURLWithPath: output).pathExtension
    guard ChartFormat(fileExtension: ext) != nil else {
      let shown = ext.isEmpty ? "no extension" : "the extension \".\(ext)\""
      throw ValidationError(
        "\(output) has \(shown); name the file .png, .svg or .pdf to choose the format")
    }
    for (name, value) in [("--width", width), ("--height", height ?? width)]
    where !(value >= 16 && value <= 10_000) {
      throw ValidationError("\(name) \(value.formatted()) is outside 16…10000 CSS pixels")
    }
    guard scale > 0 && scale <= 8 else {
      throw ValidationError("--scale \(scale.formatted()) is outside 0…8")
    }
    if scale != 1 && format != .png(scale: scale) {
      throw ValidationError("--scale applies to PNG only; \(output) is not a .png file")
    }
  }

  /// The format the file name asks for, at the chosen scale for PNG.
  var format: ChartFormat {
    switch ChartFormat(fileExtension: URL(fileURLWithPath: output).pathExtension) {
    case .png?: .png(scale: scale)
    case let other?: other
    case nil: .png(scale: scale)
    }
  }

  func run() throws {
    let (pack, assessment) = try options.loadAssessment()
    guard let indicator = pack.indicators.first(where: { $0.id == id }),
      let reading = assessment.indicators.first(where: { $0.id == id })
    else {
      let ids = pack.indicators.map(\.id)
      var standardError = StandardError()
      print(
        "error: no indicator \"\(id)\" in \(options.directory)"
          + Suggestion.hint(for: id, in: ids, listUpTo: 30), to: &standardError)
      throw ExitCode(1)
    }
    // A chart with nothing to draw is not written: the command says why and fails.
    if let none = kind.chartKind.emptySentence(
      indicator: indicator, assessment: reading, pack: pack)
    {
      var standardError = StandardError()
      print("error: no \(kind.rawValue) chart of \(id): \(none)", to: &standardError)
      throw ExitCode(1)
    }
    let chart = kind.chartKind.chart(indicator: indicator, assessment: reading, pack: pack)
    let url = URL(fileURLWithPath: output)
    let folder = url.deletingLastPathComponent()
    let date =
      (reading.period ?? assessment.period)?.end ?? CalendarDate(year: 2000, month: 1, day: 1)
    let size = Size(width: width, height: height ?? ChartFile.size(of: chart, width: width).height)
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try ChartRenderer.write(
        chart, size: size, format: format, date: date,
        style: ChartStyle(branding: pack.branding), to: url)
    } catch let error as RenderError {
      var standardError = StandardError()
      print("error: \(error)", to: &standardError)
      throw ExitCode(1)
    } catch {
      var standardError = StandardError()
      let reason = FileProblem(error)?.reason(at: output) ?? FileProblem.describe(error)
      print(
        "error: cannot write \(output): \(reason); choose another file with -o", to: &standardError)
      throw ExitCode(1)
    }
    let bytes = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
    print(
      "wrote \(output): \(kind.rawValue) chart of \(id) at \(reading.period?.label ?? "no period"), "
        + "\(Int(size.width))×\(Int(size.height))\(scale != 1 ? " at \(scale.formatted())×" : ""), "
        + "\(NumberFormat.format(Double(bytes) / 1024, decimals: 1)) KB")
  }
}
