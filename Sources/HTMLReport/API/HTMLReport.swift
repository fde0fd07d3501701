import Analysis
import Charts
import Foundation
import IndicatorModel
import Mustache
import Templating

/// The static HTML dashboard (design §6.2): one self-contained `index.html` from the pack, its
/// assessment and the templates.
///
/// Two pure steps: `context(…)` turns the pack and the assessment into a `DashboardContext`
/// (words, formatted numbers, inline SVG charts and icons), and `render(_:templates:)` puts it
/// through the Mustache templates. Neither reads a file: the templates and the logo are passed
/// in.
public enum HTMLReport {
  /// The template context for a pack's reporting period.
  ///
  /// - Parameters:
  ///   - logo: the branding logo as a `data:` URI (see `dataURI(for:fileName:)`), or nil.
  ///   - version: the boardpack version, shown in the footer.
  ///   - drawing: what draws the charts and icons as SVG (`CairoSVGDrawing` in the pack's
  ///     style, dated `pack.documentDate(for:)`).
  ///   - drawn: charts already drawn as SVG by the same drawing (a build's `charts/` files), so
  ///     the page need not draw them again; any it does not give are drawn with `drawing`.
  public static func context(
    pack: Pack, assessment: Assessment, logo: String? = nil, version: String,
    drawing: any SVGChartDrawing, drawn: DrawnChartSVG? = nil
  ) throws -> DashboardContext {
    guard let period = assessment.period else { throw HTMLReportError.noPeriod }
    return try DashboardBuilder(
      pack: pack, assessment: assessment, period: period, drawing: drawing
    ).build(logo: logo, version: version, drawn: drawn)
  }

  /// The page: the context through `page.mustache` and its partials, with the style sheets.
  /// Throws a `TemplateError` naming the file and line of a template that cannot be parsed.
  public static func render(_ context: DashboardContext, templates: TemplateSet) throws -> String {
    let compiled = try CompiledTemplates(templates)
    var context = context
    context.styles = StylesContext(
      screen: compiled.styles["screen.css"] ?? "", print: compiled.styles["print.css"] ?? "")
    guard let page = compiled.library.render(context, withTemplate: "page") else {
      throw TemplateError(
        origin: "page.mustache", line: nil, column: nil, message: "there is no page template")
    }
    return page
  }

  /// Context and page in one call.
  public static func render(
    pack: Pack, assessment: Assessment, templates: TemplateSet, logo: String? = nil,
    version: String, drawing: any SVGChartDrawing, drawn: DrawnChartSVG? = nil
  ) throws -> String {
    try render(
      context(
        pack: pack, assessment: assessment, logo: logo, version: version, drawing: drawing,
        drawn: drawn),
      templates: templates)
  }

  /// A logo file's bytes as a `data:` URI, so the page needs no other file; nil for a type a
  /// browser cannot show in `<img>`.
  public static func dataURI(for data: Data, fileName: String) -> String? {
    guard let type = LogoFile.mimeType(forFileName: fileName) else { return nil }
    return "data:\(type);base64,\(data.base64EncodedString())"
  }
}

/// A chart's SVG document as the build drew it into `charts/` (the same drawing, size and id
/// prefix the page would use: `ChartFile`); nil when it was not drawn.
public typealias DrawnChartSVG = @Sendable (_ chart: ChartFile) -> Data?

/// Why the dashboard cannot be made.
public enum HTMLReportError: Error, CustomStringConvertible {
  /// The assessment has no reporting period.
  case noPeriod

  public var description: String {
    switch self {
    case .noPeriod: "the assessment has no reporting period"
    }
  }
}
