import Analysis
import IndicatorModel

/// The key of one pack at one period: every sign the outputs show and every exception rule in
/// force, with what each means. One value, so the dashboard and the PDF say the same; each lays
/// it out in its own way and draws its own icons beside the words.
public struct PackKey: Sendable {
  /// A sign (a status, a movement, an icon, a word) with the words shown beside it and what it
  /// means.
  public struct Sign<Value: Sendable>: Sendable {
    public var value: Value
    /// The words printed with the sign: "Red", "↑ worse", "Common cause: no significant change".
    public var words: String
    /// What it means, as a sentence.
    public var meaning: String
  }

  /// A direction sign: which way the figure moved, and what that means.
  public struct MovementSign: Hashable, Sendable {
    public var way: Movement.Way
    public var meaning: Movement.Meaning
  }

  /// The key's section headings, the same in every output.
  public static let headings = (
    status: "Status against target (RAG)", direction: "Direction of travel",
    spc: "Statistical process control (SPC)",
    comparison: "Comparison with England and other areas",
    exceptions: "What makes an exception", marks: "Charts and tables"
  )

  /// The sentence before the exception rules.
  public var exceptionIntroduction =
    "An indicator is an exception for the board when any of these rules applies:"

  /// The opening sentence.
  public var introduction =
    "How to read the pack. Colour is never the only signal: every colour also has a letter, "
    + "an arrow or words."
  /// How red, amber and green are decided.
  public var targetRule =
    "Each indicator's latest figure is compared with the target in force for the period. "
    + "Where an indicator sets an amber threshold, a figure between the threshold and the "
    + "target is amber; a figure on the target counts as met and a figure on the threshold as "
    + "amber. Which side is good follows the indicator's polarity."
  public var statuses: [Sign<TargetStatus>]
  /// How direction of travel is read.
  public var directionRule = Words.directionRule
  public var movements: [Sign<MovementSign>]
  /// What SPC is and how its points are coloured.
  public var spcIntroduction =
    "Statistical process control (SPC), in the NHS Making Data Count style, separates real "
    + "change from the ordinary ups and downs of a figure. On an individuals (XmR) chart the "
    + "process limits are the mean plus or minus 2.66 times the average moving range; on p "
    + "and u charts, three standard errors either side. Points are coloured blue for special "
    + "cause improvement, orange for special cause concern, purple for special cause where "
    + "neither direction is better, and grey for common cause. The icons are our own drawings "
    + "in the Making Data Count style, each with its words."
  public var variations: [Sign<VariationIcon>]
  public var assurances: [Sign<AssuranceIcon>]
  /// The SPC readings that are words only: "too few points", "no variation".
  public var spcWords: [Sign<String>]
  /// The special-cause rules with the settings this pack's indicators use.
  public var spcRules: [String]
  /// The comparison words with other areas.
  public var comparisonWords: [Sign<String>]
  /// How comparisons are made, for the methods this pack uses.
  public var comparisonMethods: [String]
  /// The rules that make an exception, with any indicator's own list.
  public var exceptionRules: [String]
  /// Other marks on the charts and tables.
  public var marks: [Sign<String>]

  /// The key of `pack` at the period of `assessment`.
  public init(pack: Pack, assessment: Assessment) {
    statuses = Self.statusSigns
    movements = Words.movementKey.map {
      Sign(
        value: MovementSign(way: $0.way, meaning: $0.meaning),
        words: "\(Movement.arrow($0.way)) \($0.meaning.rawValue)", meaning: $0.text)
    }
    variations = Self.variationSigns
    assurances = Self.assuranceSigns
    spcWords = Self.spcWordSigns
    spcRules = Self.spcRules(pack)
    comparisonWords = Self.comparisonSigns
    comparisonMethods = Self.comparisonMethods(pack)
    exceptionRules = Self.exceptionRules(pack, assessment: assessment)
    marks = Self.markSigns
  }
}
