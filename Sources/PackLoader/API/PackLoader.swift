import Foundation
import IndicatorModel

/// Reads a pack folder (design §4) into a `Pack`, with every problem found.
///
/// ```swift
/// let result = PackLoader.load(from: "Indicators")
/// for diagnostic in result.diagnostics { print(diagnostic) }  // path:line:column: error: …
/// if let pack = result.pack, !result.diagnostics.hasErrors { … }
/// ```
///
/// The loader never stops at the first problem and never crashes on bad input: a malformed file
/// gives diagnostics, and the rest of the pack is still read and checked.
public enum PackLoader {
  /// Loads and validates the pack in `directory`, a path as the user typed it.
  ///
  /// Paths in the diagnostics start with `directory` as given (`Indicators/data/q4.csv:14:5`).
  /// Diagnostics are sorted by file, line and column. The pack is nil only when `pack.yaml` is
  /// missing or lacks what a pack cannot do without; otherwise it holds everything that could
  /// be read, with invalid parts (a bad row, an indicator with errors) left out.
  public static func load(from directory: String) -> LoadResult {
    let session = LoadSession(directory: directory)
    let pack = session.run()
    return LoadResult(
      pack: pack, diagnostics: session.log.sorted(),
      inputs: session.inputs.sorted { $0.path < $1.path })
  }
}

/// What `PackLoader.load(from:)` returns: the pack, if it could be built, and every diagnostic.
public struct LoadResult: Sendable {
  /// The pack; nil only when errors prevent building it.
  public var pack: Pack?
  /// Every error and warning, sorted by file, line and column. A file lists its first 100; one
  /// more line says how many it had beyond those.
  public var diagnostics: [Diagnostic]
  /// Every file read from the pack folder, by path, for `manifest.json`.
  public var inputs: [PackInput]

  /// Creates a result.
  public init(pack: Pack?, diagnostics: [Diagnostic], inputs: [PackInput] = []) {
    self.pack = pack
    self.diagnostics = diagnostics
    self.inputs = inputs
  }

  /// The number of errors, listed or not.
  public var errorCount: Int { diagnostics.errorCount }
  /// The number of warnings, listed or not.
  public var warningCount: Int { diagnostics.warningCount }
}
