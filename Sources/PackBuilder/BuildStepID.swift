/// The named steps of a build, in the order they start; the name is what the progress line and
/// the summary show.
public enum BuildStepID: String, CaseIterable, Sendable {
  /// Read and check the pack folder.
  case load
  /// Run the rules engine at the reporting period.
  case assess
  /// `assessment.json`.
  case assessmentJSON = "assessment.json"
  /// `snapshot.json`, for the next pack's "what changed".
  case snapshot = "snapshot.json"
  /// `charts/*.svg`, which the dashboard inlines.
  case chartSVGs = "chart SVGs"
  /// `charts/*.png`, `@2x.png` and `.pdf`.
  case charts
  /// `index.html`.
  case html = "index.html"
  /// `pack.pdf`.
  case packPDF = "pack.pdf"
  /// `summaries/<partner-id>.pdf`.
  case summaries
  /// `pack.xlsx`.
  case workbook = "pack.xlsx"
  /// `manifest.json`, then the staged pack swapped into place.
  case manifest
}
