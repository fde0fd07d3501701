import Analysis
import Foundation

/// The steps of a build, by output kind.
enum BuildSteps {
  static func steps(for kinds: Set<OutputKind>) -> [BuildStep] {
    var steps = [assessmentJSON]  // always: the manifest and every report refer to it
    if kinds.contains(.charts) { steps.append(ChartsStep.step) }
    if kinds.contains(.html) { steps.append(HTMLStep.step) }
    if kinds.contains(.pdf) { steps.append(PDFSteps.pack) }
    if kinds.contains(.summaries) { steps.append(PDFSteps.summaries) }
    return steps
  }

  /// `assessment.json`, byte-identical to `boardpack assess --format json`.
  static let assessmentJSON = BuildStep(name: "assessment.json") { context, writer in
    var data = try context.assessment.jsonData()
    data.append(0x0A)
    try writer.write(data, to: "assessment.json")
  }
}
