import Foundation

/// The small working pack `boardpack init` writes: two themes, three quarterly indicators with
/// twelve quarters of data and England benchmarks, commentary, partners and a meeting.
///
/// The files are string literals rather than resources so the executable is self-contained
/// (SwiftPM resource bundles must sit beside the binary, which breaks a copied `boardpack`),
/// and so the starter is reviewed as code. The figures are illustrative, not real data, and say
/// so in each indicator's `source`. Tests load it and expect no diagnostics.
public enum StarterPack {
  /// Relative path and contents of each file.
  public static let files: [(path: String, contents: String)] = [
    ("pack.yaml", packYAML),
    ("indicators/cc-registration.yaml", ccRegistration),
    ("indicators/early-help-assessments.yaml", earlyHelpAssessments),
    ("indicators/repeat-referrals.yaml", repeatReferrals),
    ("data/quarterly.csv", quarterlyCSV),
    ("commentary/2013-14-q4.yaml", commentary),
    ("partners.yaml", partners),
    ("meetings.yaml", meetings),
  ]

  /// Why `write(to:)` refused.
  public enum WriteError: Error, CustomStringConvertible {
    case notEmpty(String)
    case notADirectory(String)

    public var description: String {
      switch self {
      case .notEmpty(let path): "\(path) is not empty; choose a new or empty folder"
      case .notADirectory(let path): "\(path) exists and is not a folder"
      }
    }
  }

  /// Writes the starter files into `directory`, creating it; refuses a non-empty folder so
  /// nobody's pack is overwritten.
  public static func write(to directory: String) throws {
    let manager = FileManager.default
    var isDirectory: ObjCBool = false
    if manager.fileExists(atPath: directory, isDirectory: &isDirectory) {
      guard isDirectory.boolValue else { throw WriteError.notADirectory(directory) }
      guard try manager.contentsOfDirectory(atPath: directory).isEmpty else {
        throw WriteError.notEmpty(directory)
      }
    }
    for (path, contents) in files {
      let url = URL(fileURLWithPath: directory).appendingPathComponent(path)
      try manager.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(contents.utf8).write(to: url)
    }
  }

  static let packYAML = """
    # The pack: who it is for, which areas it compares with, and its themes.
    id: example-trust
    title: Example Children's Trust — Quarterly Performance Report
    organisation: Example Borough Council
    board: Children's Trust Board
    area: { code: E06999999, name: Example Borough }
    comparators:
      - { code: E92000001, name: England }
    period: 2013/14 Q4
    themes:
      - { id: early-years, title: Early years and early intervention }
      - { id: staying-safe, title: Staying safe }
    rules:
      exceptions: [target-red, spc-concern, assurance-fail, worse-than-england, worsening-streak, missing-data]
      worsening_streak: 3
    branding: { colour: "#005EA5", font: Liberation Sans }

    """

  static let ccRegistration = """
    id: cc-registration
    title: Children's Centre registration (children under 5)
    theme: early-years
    description: Percentage of children aged under 5 registered with a Children's Centre.
    measure:
      type: proportion
      unit: "%"
      decimals: 1
    polarity: higher-is-better
    periodicity: financial-quarter
    target:
      value: 80
      label: Ofsted expectation
      amber: 75
    comparison: ci-overlap-95
    owner: Integrated Children's Service
    lead: Viki Packman
    source: Illustrative figures written by boardpack init (not real data)

    """

  static let earlyHelpAssessments = """
    id: early-help-assessments
    title: Early help assessments completed
    theme: staying-safe
    measure:
      type: count
      decimals: 0
    polarity: higher-is-better
    periodicity: financial-quarter
    target: { value: 250, label: Local plan }
    owner: Early Help Service
    source: Illustrative figures written by boardpack init (not real data)

    """

  static let repeatReferrals = """
    id: repeat-referrals
    title: Re-referrals to children's social care within 12 months
    theme: staying-safe
    measure:
      type: proportion
      unit: "%"
    polarity: lower-is-better
    periodicity: financial-quarter
    target: { value: 22, amber: 24, label: Local plan }
    spc: { chart: xmr, profile: mdc }
    owner: Children's Social Care
    source: Illustrative figures written by boardpack init (not real data)

    """

  static let quarterlyCSV = """
    indicator,period,area,value,numerator,denominator,lower_ci,upper_ci,status,note
    cc-registration,2011/12 Q1,E06999999,,4180,9610,,,,
    cc-registration,2011/12 Q2,E06999999,,4262,9655,,,,
    cc-registration,2011/12 Q3,E06999999,,4348,9702,,,,
    cc-registration,2011/12 Q4,E06999999,,4421,9730,,,,
    cc-registration,2012/13 Q1,E06999999,,4510,9745,,,,
    cc-registration,2012/13 Q2,E06999999,,4602,9768,,,,
    cc-registration,2012/13 Q3,E06999999,,4695,9790,,,,
    cc-registration,2012/13 Q4,E06999999,,4790,9801,,,,
    cc-registration,2013/14 Q1,E06999999,,4902,9815,,,,
    cc-registration,2013/14 Q2,E06999999,,5050,9822,,,,
    cc-registration,2013/14 Q3,E06999999,,5231,9833,,,,
    cc-registration,2013/14 Q4,E06999999,55.0,5412,"9,840",,,,
    cc-registration,2013/14 Q4,England,67.0,,,,,,national figure
    early-help-assessments,2011/12 Q1,E06999999,212,,,,,,
    early-help-assessments,2011/12 Q2,E06999999,198,,,,,,
    early-help-assessments,2011/12 Q3,E06999999,231,,,,,,
    early-help-assessments,2011/12 Q4,E06999999,240,,,,,,
    early-help-assessments,2012/13 Q1,E06999999,226,,,,,,
    early-help-assessments,2012/13 Q2,E06999999,251,,,,,,
    early-help-assessments,2012/13 Q3,E06999999,263,,,,,,
    early-help-assessments,2012/13 Q4,E06999999,248,,,,,,
    early-help-assessments,2013/14 Q1,E06999999,270,,,,,,
    early-help-assessments,2013/14 Q2,E06999999,281,,,,,,
    early-help-assessments,2013/14 Q3,E06999999,292,,,,,,
    early-help-assessments,2013/14 Q4,E06999999,305,,,,,provisional,awaiting March returns
    repeat-referrals,2011/12 Q1,E06999999,,352,1480,,,,
    repeat-referrals,2011/12 Q2,E06999999,,361,1512,,,,
    repeat-referrals,2011/12 Q3,E06999999,,340,1466,,,,
    repeat-referrals,2011/12 Q4,E06999999,,377,1530,,,,
    repeat-referrals,2012/13 Q1,E06999999,,349,1502,,,,
    repeat-referrals,2012/13 Q2,E06999999,,372,1549,,,,
    repeat-referrals,2012/13 Q3,E06999999,,380,1575,,,,
    repeat-referrals,2012/13 Q4,E06999999,,351,1520,,,,
    repeat-referrals,2013/14 Q1,E06999999,,362,1561,,,,
    repeat-referrals,2013/14 Q2,E06999999,,371,1590,,,,
    repeat-referrals,2013/14 Q3,E06999999,,369,1604,,,,
    repeat-referrals,2013/14 Q4,E06999999,,368,1622,,,,
    repeat-referrals,2013/14 Q4,E92000001,22.5,,,21.9,23.1,,

    """

  static let commentary = """
    # Commentary for 2013/14 Q4, by indicator id. Text is Markdown.
    cc-registration:
      author: Mike Hughes
      text: |
        Registration continues to rise and is now at 55% but Ofsted expect 80%. Links with
        health will mean that all children will be registered.
      actions:
        - { owner: Viki Packman, action: Link birth registrations to Children's Centre records, due: 2014-09-30 }

    """

  static let partners = """
    # Who receives a summary by email, and which measures concern them.
    - id: health
      name: Example Clinical Commissioning Group
      recipients: ["Dr A. Example <a.example@example.org>"]
      themes: [early-years]
    - id: police
      name: Example Police, Public Protection Unit
      recipients: [ppu@example.org]
      indicators: [repeat-referrals]

    """

  static let meetings = """
    # Optional: which board meets for a period (pack.yaml's board and title are the defaults).
    - { period: 2013/14 Q4, board: Children's Trust Board, date: 2014-06-12 }

    """
}
