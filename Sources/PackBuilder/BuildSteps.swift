import Analysis
import Foundation
import PackLoader

/// The steps of a build, by output kind.
enum BuildSteps {
  /// The steps for the requested outputs. They run at the same time, each on a thread of its
  /// own, the dashboard after the chart SVGs when both are built (it inlines them).
  static func steps(for kinds: Set<OutputKind>) -> [BuildStep] {
    // Always: the manifest and every report refer to the assessment, and the next pack
    // compares itself with the snapshot.
    var steps = [assessmentJSON, snapshot]
    if kinds.contains(.charts) { steps += [ChartsStep.svgs, ChartsStep.bitmaps] }
    if kinds.contains(.html) { steps.append(HTMLStep.step) }
    if kinds.contains(.pdf) { steps.append(PDFSteps.pack) }
    if kinds.contains(.summaries) { steps.append(PDFSteps.summaries) }
    if kinds.contains(.xlsx) { steps.append(WorkbookStep.step) }
    return steps
  }

  /// `snapshot.json`: what the next pack compares itself with (`PackSnapshot`).
  static let snapshot = BuildStep(.snapshot) { context, writer in
    let snapshot = PackSnapshot(context.assessment, rules: context.pack.rules)
    try writer.write(try snapshot.jsonData(), to: PreviousSnapshot.fileName)
  }

  /// `assessment.json`, byte-identical to `boardpack assess --format json`.
  /// Streamed to the file a few indicators at a time: held whole, a large pack's file would be
  /// most of the build's peak memory.
  static let assessmentJSON = BuildStep(.assessmentJSON) { context, writer in
    try writer.stream(to: "assessment.json") { write in
      try context.assessment.writeJSON(to: write)
      try write(Data([0x0A]))
    }
  }
}
