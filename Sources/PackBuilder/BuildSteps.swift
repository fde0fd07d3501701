import Analysis
import Foundation

/// The steps of a build, by output kind.
enum BuildSteps {
  static func steps(for kinds: Set<OutputKind>) -> [BuildStep] {
    lanes(for: kinds).flatMap { $0 }
  }

  /// The steps grouped into lanes: the lanes run at the same time, the steps of a lane one
  /// after another. The dashboard follows the charts when both are built, so it can inline the
  /// SVG files the charts step wrote instead of drawing them again (see `HTMLStep`).
  static func lanes(for kinds: Set<OutputKind>) -> [[BuildStep]] {
    var lanes = [[assessmentJSON]]  // always: the manifest and every report refer to it
    switch (kinds.contains(.charts), kinds.contains(.html)) {
    case (true, true): lanes.append([ChartsStep.step, HTMLStep.step])
    case (true, false): lanes.append([ChartsStep.step])
    case (false, true): lanes.append([HTMLStep.step])
    case (false, false): break
    }
    if kinds.contains(.pdf) { lanes.append([PDFSteps.pack]) }
    if kinds.contains(.summaries) { lanes.append([PDFSteps.summaries]) }
    return lanes
  }

  /// `assessment.json`, byte-identical to `boardpack assess --format json`.
  /// Streamed to the file a few indicators at a time: held whole, the file of a 500-indicator
  /// pack (150 MB) was most of a large build's peak memory.
  static let assessmentJSON = BuildStep(name: "assessment.json") { context, writer in
    try writer.stream(to: "assessment.json") { write in
      try context.assessment.writeJSON(to: write)
      try write(Data([0x0A]))
    }
  }
}
