import Foundation
import IndicatorModel

/// What `boardpack build` writes; each is a step of the build.
public enum OutputKind: String, CaseIterable, Sendable {
  /// `assessment.json`, the machine-readable assessment (always written with the manifest).
  case json
  /// `charts/<id>-<kind>.(png|svg|pdf)`, PNG at 1× and 2×.
  case charts
  /// `index.html`, the self-contained dashboard from the Mustache templates (design §6.2).
  case html
  /// `pack.pdf`, the paginated board pack.
  case pdf
  /// `summaries/<partner-id>.pdf`, one per partner.
  case summaries
  /// `pack.xlsx`, the workbook: scorecard, exceptions and actions, and every observation.
  case xlsx
}

/// Where a build reads from and writes to.
public struct BuildRequest: Sendable {
  /// The pack folder (`Indicators`).
  public var pack: String
  /// Where packs go (`Output`); the build writes `<output>/<pack-id>/<period-slug>/`.
  public var output: String
  /// The reporting period; nil means pack.yaml's, else the latest in the data.
  public var period: Period?
  public var kinds: Set<OutputKind>
  /// The boardpack version written into the assessment and the manifest.
  public var version: String
  /// A folder of templates replacing the built-in ones file by file (`--templates`); nil uses
  /// the built-in templates only.
  public var templates: String?
  /// The period folder of the pack to compare with (`--since`); nil for the latest earlier
  /// one in the output folder.
  public var since: String?

  public init(
    pack: String, output: String, period: Period?, kinds: Set<OutputKind>, version: String,
    templates: String? = nil, since: String? = nil
  ) {
    self.since = since
    self.pack = pack
    self.output = output
    self.period = period
    self.kinds = kinds
    self.version = version
    self.templates = templates
  }
}
