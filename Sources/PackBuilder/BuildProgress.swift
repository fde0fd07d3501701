/// Where a build has got to, for a progress line: the step at work, how far it is, and how far
/// the whole build is, in units of work (one chart, one document, one partner's summary).
public struct BuildProgress: Sendable, Equatable, CustomStringConvertible {
  /// The step that moved: `load`, `assess`, `charts`, `index.html`, `pack.pdf`, `summaries`,
  /// `manifest`.
  public var step: String
  /// Units of the step done, and its total (1 for a single document).
  public var stepDone: Int
  public var stepTotal: Int
  /// Units of the whole build done, and its total.
  public var done: Int
  public var total: Int

  public init(step: String, stepDone: Int, stepTotal: Int, done: Int, total: Int) {
    self.step = step
    self.stepDone = stepDone
    self.stepTotal = stepTotal
    self.done = done
    self.total = total
  }

  /// `[20/64] charts 12/42`, or `[1/64] pack.pdf` for a step of one unit.
  public var description: String {
    let detail = stepTotal > 1 ? " \(stepDone)/\(stepTotal)" : ""
    return "[\(done)/\(total)] \(step)\(detail)"
  }
}
