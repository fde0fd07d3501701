import Analysis
import IndicatorModel
import Presentation

/// A small status image for tables and scorecards: a reading drawn as a shape with a letter or
/// arrow, so it never rests on colour alone.
public enum Icon: Hashable, Sendable {
  /// Target status: a coloured disc with R, A or G (a grey ring with a dash for none).
  case rag(TargetStatus)
  /// Direction of travel: an arrow that points the way the figure moved (whatever the
  /// polarity), green for better, red for worse, grey otherwise.
  case movement(Movement.Way, Movement.Meaning)
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
    case .movement(let way, let meaning):
      "\(way.rawValue.prefix(1).uppercased() + way.rawValue.dropFirst()): \(meaning.rawValue)"
    case .variation(let icon): icon.caption
    case .assurance(let icon): icon.caption
    }
  }
}
