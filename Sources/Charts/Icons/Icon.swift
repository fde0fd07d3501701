import Analysis
import IndicatorModel

/// A small status image for tables and scorecards: a reading drawn as a shape with a letter or
/// arrow, so it never rests on colour alone.
public enum Icon: Hashable, Sendable {
  /// Target status: a coloured disc with R, A or G (a grey ring with a dash for none).
  case rag(TargetStatus)
  /// Direction of travel: an arrow that points the way the value moved, coloured by whether
  /// that was better or worse for the indicator's polarity.
  case direction(Direction, polarity: Polarity)
  /// The Making Data Count variation icon.
  case variation(VariationIcon)
  /// The Making Data Count assurance icon.
  case assurance(AssuranceIcon)

  /// What the icon says, for its text alternative and a table's hidden label.
  public var caption: String {
    switch self {
    case .rag(let status):
      switch status {
      case .red: "Red: target missed"
      case .amber: "Amber: close to target"
      case .green: "Green: target met"
      case .none: "No target status"
      }
    case .direction(let direction, _):
      switch direction {
      case .improved: "Improved"
      case .worsened: "Worsened"
      case .noChange: "No change"
      case .noSignificantChange: "No significant change"
      case .increased: "Increased"
      case .decreased: "Decreased"
      }
    case .variation(let icon): icon.caption
    case .assurance(let icon): icon.caption
    }
  }

  /// Which way a direction arrow points on screen: up, down, or level.
  public enum Arrow: String, Hashable, Sendable {
    case up, down, level
  }

  /// The arrow of a direction icon; nil for other icons.
  public var arrow: Arrow? {
    guard case .direction(let direction, let polarity) = self else { return nil }
    switch direction {
    case .noChange, .noSignificantChange: return .level
    case .increased: return .up
    case .decreased: return .down
    case .improved: return polarity == .lowerIsBetter ? .down : .up
    case .worsened: return polarity == .lowerIsBetter ? .up : .down
    }
  }
}
