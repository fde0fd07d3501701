import Analysis

extension ControlChart {
  /// What an SPC point shows (methods.md §6.1), which sets its colour and its shape.
  ///
  /// The analysis's `SpecialCause?` folded to what the chart draws: no reading is common cause,
  /// and the two no-judgement readings share one mark (the side is plain from the point's place).
  public enum Cause: String, Hashable, Sendable, CaseIterable {
    /// Common cause variation: grey circle.
    case common
    /// Special cause improvement: blue upward triangle.
    case improvement
    /// Special cause concern: orange downward triangle.
    case concern
    /// Special cause on a no-judgement measure: purple square.
    case neutral

    /// The mark for an analysis reading (nil is common cause).
    public init(_ cause: SpecialCause?) {
      switch cause {
      case nil: self = .common
      case .improvement?: self = .improvement
      case .concern?: self = .concern
      case .neutralHigh?, .neutralLow?: self = .neutral
      }
    }
  }
}
