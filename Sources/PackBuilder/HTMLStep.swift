import CairoCanvas
import Charts
import Foundation
import HTMLReport
import Templating

/// `index.html`: the dashboard, one self-contained file (design §6.2). The templates come from
/// `--templates` (file by file over the built-in ones) and the logo from pack.yaml, read here so
/// the HTMLReport target stays free of file access.
enum HTMLStep {
  static let step = BuildStep(.html, after: [.chartSVGs]) { context, writer in
    let html: String
    do {
      let templates = try TemplateSet.loading(
        from: context.request.templates.map { URL(fileURLWithPath: $0) })
      for file in templates.files.values where !file.isBuiltIn {
        writer.recordInput(FileDigest(path: file.origin, data: Data(file.text.utf8)))
      }
      html = try HTMLReport.render(
        pack: context.pack, assessment: context.assessment, templates: templates,
        logo: try logo(context), version: context.request.version,
        drawing: CairoSVGDrawing(
          date: context.documentDate, style: ChartStyle(branding: context.pack.branding)),
        drawn: drawnCharts(context, writer))
    } catch let error as TemplateError {
      // The template is what the user must fix, so it leads the message.
      var place = error.origin
      if let line = error.line { place += ":\(line)" }
      if let line = error.line, line > 0, let column = error.column { place += ":\(column)" }
      throw BuildError.stepFailed(step: "index.html", path: place, reason: error.message)
    }
    try writer.write(Data(html.utf8), to: "index.html")
  }

  /// The SVG files of `charts/`, when the build makes them (this step comes after them). They
  /// are the same drawing the page would make (same renderer, size, branding and id prefix),
  /// so reading them back from the staging folder (from the page cache, far cheaper than
  /// drawing) saves drawing them twice, and holding them in memory between the steps is not
  /// needed.
  static func drawnCharts(_ context: BuildContext, _ writer: StepWriter) -> DrawnChartSVG? {
    guard context.drawsChartSVGs else { return nil }
    return { file in writer.read(file.svgPath) }
  }

  /// pack.yaml's `branding.logo` (relative to the pack folder) as a `data:` URI.
  static func logo(_ context: BuildContext) throws -> String? {
    guard let path = context.pack.branding.logo, !path.isEmpty else { return nil }
    let url = URL(fileURLWithPath: context.request.pack).appendingPathComponent(path)
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw HTMLStepError(description: "\(url.path): error: the branding logo cannot be read")
    }
    guard let uri = HTMLReport.dataURI(for: data, fileName: path) else {
      throw HTMLStepError(
        description:
          "\(url.path): error: the branding logo must be PNG, JPEG, GIF, SVG or WebP")
    }
    return uri
  }
}

struct HTMLStepError: Error, CustomStringConvertible {
  let description: String
}
