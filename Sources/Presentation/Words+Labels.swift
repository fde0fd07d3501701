import Analysis
import IndicatorModel

extension Words {
  /// The letter that stands beside a RAG colour, so status never rests on colour: R, A, G, or
  /// an en dash when there is no target.
  public static func targetLetter(_ status: TargetStatus?) -> String {
    switch status {
    case .green: "G"
    case .amber: "A"
    case .red: "R"
    case .none?, nil: "–"
    }
  }

  /// The status as a word, capitalised for a badge: "Red", "Amber", "Green", "No target".
  public static func targetLabel(_ status: TargetStatus?) -> String {
    switch status {
    case .green: "Green"
    case .amber: "Amber"
    case .red: "Red"
    case .none?, nil: "No target"
    }
  }

  /// A flag's severity as the board reads it: "Concern", "Watch", "Good news", "Information".
  public static func severity(_ severity: Severity) -> String {
    switch severity {
    case .concern: "Concern"
    case .watch: "Watch"
    case .good: "Good news"
    case .info: "Information"
    }
  }

  /// Which way is good, in words.
  public static func polarity(_ polarity: Polarity) -> String {
    switch polarity {
    case .higherIsBetter: "Higher is better"
    case .lowerIsBetter: "Lower is better"
    case .noJudgement: "No judgement (neither higher nor lower is better)"
    }
  }

  /// A comparison with a benchmark in a sentence fragment: "significantly worse than England".
  public static func comparison(_ comparison: BenchmarkComparison, with name: String) -> String {
    switch comparison {
    case .similar: "similar to \(name)"
    case .better, .better998: "significantly better than \(name)"
    case .worse, .worse998: "significantly worse than \(name)"
    case .higher, .higher998: "significantly higher than \(name)"
    case .lower, .lower998: "significantly lower than \(name)"
    case .notCompared: "not compared with \(name)"
    }
  }
}
