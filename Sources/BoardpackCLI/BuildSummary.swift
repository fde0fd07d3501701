import Foundation
import PackBuilder

/// What `boardpack build` prints when it has finished: where the pack is, what was written and
/// how long each stage took, and the paths of the dashboard and the board pack.
struct BuildSummary {
  let result: BuildResult
  /// The pack folder as the user named it (`Output/stockport-cyp/2013-14-q4`).
  let folder: String

  /// The full summary, for a pipe or a log.
  var plain: [String] {
    var lines = ["Wrote \(result.files.count) files to \(folder)"]
    let stepWidth = max(
      (result.stages.map(\.name) + result.steps.map(\.name)).map(\.count).max() ?? 0, 5)
    func line(_ name: String, _ files: String, _ seconds: Double) -> String {
      "  " + name.padding(toLength: stepWidth, withPad: " ", startingAt: 0)
        + files.leftPadded(to: 10) + Self.milliseconds(seconds).leftPadded(to: 10)
    }
    for stage in result.stages {
      if stage.stage == .outputs {
        lines.append(line(stage.name, "", stage.seconds) + "  (steps at the same time:)")
        for step in result.steps {
          lines.append(line("  " + step.name, Self.files(step.files), step.seconds))
        }
      } else {
        lines.append(line(stage.name, "", stage.seconds))
      }
    }
    lines.append(line("total", "", result.stages.map(\.seconds).reduce(0, +)))
    return lines + documents
  }

  /// The short form shown after the progress line on a terminal.
  var short: [String] {
    let total = result.stages.map(\.seconds).reduce(0, +)
    return [
      "Wrote \(result.files.count) files to \(folder) in \(String(format: "%.1f", total)) s"
    ] + documents
  }

  /// `Dashboard: …/index.html`, `Board pack: …/pack.pdf` and `Workbook: …/pack.xlsx`, for those
  /// that were written.
  var documents: [String] {
    let names = [
      ("index.html", "Dashboard"), ("pack.pdf", "Board pack"), ("pack.xlsx", "Workbook"),
    ]
    return names.filter { name in result.files.contains { $0.path == name.0 } }.map {
      "\($0.1): \(folder)/\($0.0)"
    }
  }

  static func files(_ count: Int) -> String { count == 1 ? "1 file" : "\(count) files" }

  static func milliseconds(_ seconds: Double) -> String {
    String(format: "%.0f ms", seconds * 1000)
  }
}

extension String {
  func leftPadded(to width: Int) -> String {
    count >= width ? self : String(repeating: " ", count: width - count) + self
  }
}
