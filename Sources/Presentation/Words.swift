import Analysis
import IndicatorModel

/// Plain words for the engine's readings, shared by the terminal tables, the HTML dashboard and
/// the PDF pack, so every output says the same thing the same way.
public enum Words {
  public static func target(_ status: TargetStatus?) -> String {
    switch status {
    case .green: "G green"
    case .amber: "A amber"
    case .red: "R red"
    case .none?, nil: "–"
    }
  }

  /// A direction of travel as a table cell: the arrow the way the figure moved and what
  /// that means ("↑ worse", "↓ better", "↑ not significant"), or "–" with no comparison.
  public static func direction(_ movement: Movement?) -> String {
    movement?.sign ?? "–"
  }

  public static func variation(_ icon: VariationIcon?) -> String {
    switch icon {
    case .commonCause: "common cause"
    case .improvementHigh: "improvement (high)"
    case .improvementLow: "improvement (low)"
    case .concernHigh: "concern (high)"
    case .concernLow: "concern (low)"
    case .neitherHigh: "special cause (high)"
    case .neitherLow: "special cause (low)"
    case nil: "–"
    }
  }

  public static func assurance(_ icon: AssuranceIcon?) -> String {
    switch icon {
    case .pass: "pass"
    case .fail: "fail"
    case .hitOrMiss: "hit or miss"
    case nil: "–"
    }
  }

  public static func spc(_ result: SPCResult?) -> String {
    guard let result else { return "–" }
    switch result.reading {
    case .insufficientData: return "too few points"
    case .noVariation: return "no variation"
    case .ok:
      let assurance = result.assurance.map { " / " + Words.assurance($0) } ?? ""
      return variation(result.variation) + assurance
    }
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
