/// The key: every colour, icon and rule on the page in words.
public struct KeyContext: Sendable {
  /// The opening sentence.
  public var introduction: String
  /// How red, amber and green are decided, in words.
  public var targetRule: String
  /// Red, amber, green and no target with what each means.
  public var statuses: [KeyStatus]
  /// How direction of travel is decided.
  public var directionRule: String
  /// Each arrow with its meaning.
  public var directions: [KeyIcon]
  /// What SPC is, in two sentences.
  public var spcIntroduction: String
  /// Each variation icon with its meaning.
  public var variations: [KeyIcon]
  /// Each assurance icon with its meaning.
  public var assurances: [KeyIcon]
  /// The SPC readings given in words only ("too few points").
  public var spcWords: [KeyWords]
  /// The special-cause rules and settings the pack's indicators use.
  public var spcRules: [String]
  /// The comparison words ("better / worse", "not compared") with their meanings.
  public var comparisonWords: [KeyWords]
  /// How comparisons with other areas are made.
  public var comparisons: [String]
  /// The sentence before the exception rules.
  public var exceptionIntroduction: String
  /// The rules that make an exception in this pack, with any indicator's own list.
  public var exceptionRules: [String]
  /// Other marks on the charts and tables.
  public var marks: [KeyWords]
}

/// Words in the key with their meaning.
public struct KeyWords: Sendable {
  /// `not compared`.
  public var words: String
  /// What they mean.
  public var meaning: String
}

/// A status in the key.
public struct KeyStatus: Sendable {
  /// `red`.
  public var status: String
  /// `R`.
  public var letter: String
  /// `Red`.
  public var label: String
  /// `the figure is worse than the amber threshold (or, without one, misses the target).`
  public var meaning: String
}

/// An icon in the key.
public struct KeyIcon: Sendable {
  /// Decorative SVG markup.
  public var icon: String
  /// The words shown beside the icon on the page.
  public var words: String
  /// What it means.
  public var meaning: String
}
