import Analysis
import IndicatorModel

/// Plain words for the engine's readings, shared by the terminal tables, the HTML dashboard and
/// the PDF pack, so every output says the same thing the same way.
public enum Words {
  public static func target(_ status: TargetStatus?) -> String {
    switch status {
    case .green: "G Green"
    case .amber: "A Amber"
    case .red: "R Red"
    case .none?, nil: "–"
    }
  }

  /// A direction of travel as a table cell: the arrow the way the figure moved and what
  /// that means ("↑ worse", "↓ better", "↑ not significant"), or "–" with no comparison.
  public static func direction(_ movement: Movement?) -> String {
    movement?.sign ?? "–"
  }

  /// The variation reading's label (`VariationIcon.caption`), or "–".
  public static func variation(_ icon: VariationIcon?) -> String {
    icon?.caption ?? "–"
  }

  /// The assurance reading's label (`AssuranceIcon.caption`), or "–".
  public static func assurance(_ icon: AssuranceIcon?) -> String {
    icon?.caption ?? "–"
  }

  /// The SPC reading as a table cell: "Improvement: unusually high; Target consistently
  /// missed", or "Too few points".
  public static func spc(_ result: SPCResult?) -> String {
    result.map { spc(SPCState($0)) } ?? "–"
  }

  public static func comparison(_ comparison: BenchmarkComparison) -> String {
    switch comparison {
    case .better: "better"
    case .similar: "similar"
    case .worse: "worse"
    case .higher: "higher"
    case .lower: "lower"
    case .notCompared: "not compared"
    case .better998: "better (99.8%)"
    case .worse998: "worse (99.8%)"
    case .higher998: "higher (99.8%)"
    case .lower998: "lower (99.8%)"
    }
  }
}
