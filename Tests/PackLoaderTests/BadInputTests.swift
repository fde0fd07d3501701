import PackLoader
import Testing
import IndicatorModel

/// One malformed pack and exactly what the loader must say about it.
struct BadInput: CustomTestStringConvertible, Sendable {
  let name: String
  let replacing: [String: String]
  let removing: [String]
  let edits: @Sendable () -> [String: (String) -> String]
  let expected: [String]

  init(
    _ name: String, replacing: [String: String] = [:], removing: [String] = [],
    edits: @escaping @Sendable () -> [String: (String) -> String] = { [:] }, _ expected: [String]
  ) {
    self.name = name
    self.replacing = replacing
    self.removing = removing
    self.edits = edits
    self.expected = expected
  }

  var testDescription: String { name }

  /// The starter's early-help-assessments definition under another id.
  static func renamedIndicator(_ id: String) -> String {
    StarterPack.files.first { $0.path == "indicators/early-help-assessments.yaml" }!.contents
      .replacingOccurrences(of: "id: early-help-assessments", with: "id: \"\(id)\"")
  }
}

/// The catalogue of bad inputs (design §9): each names its file, line, column and message.
@Suite struct BadInputTests {
  static let cases: [BadInput] = [
    BadInput(
      "YAML syntax error",
      replacing: ["commentary/2013-14-q4.yaml": "cc-registration:\n  text: \"never closed\n"],
      [
        "commentary/2013-14-q4.yaml:3:1: error: YAML syntax error: found unexpected end of stream (while scanning a quoted scalar)"
      ]
    ),
    BadInput(
      "unknown key, with the nearest suggested",
      edits: { TestPack.edit("indicators/early-help-assessments.yaml", "owner:", "ownr:") },
      [
        "indicators/early-help-assessments.yaml:10:1: error: unknown key \"ownr\" (did you mean \"owner\"?)"
      ]
    ),
    BadInput(
      "unknown nested key",
      edits: { TestPack.edit("indicators/cc-registration.yaml", "  amber: 75", "  ambre: 75") },
      [
        "indicators/cc-registration.yaml:14:3: error: unknown key \"ambre\" in target (did you mean \"amber\"?)"
      ]
    ),
    BadInput(
      "missing required key",
      edits: {
        TestPack.edit("indicators/early-help-assessments.yaml", "polarity: higher-is-better\n", "")
      },
      ["indicators/early-help-assessments.yaml:1:1: error: missing required key \"polarity\""]
    ),
    BadInput(
      "missing required nested key",
      edits: { TestPack.edit("indicators/cc-registration.yaml", "  type: proportion\n", "") },
      ["indicators/cc-registration.yaml:6:3: error: missing required key \"measure.type\""]
    ),
    BadInput(
      "wrong type",
      edits: { TestPack.edit("indicators/cc-registration.yaml", "decimals: 1", "decimals: one") },
      [
        "indicators/cc-registration.yaml:8:13: error: measure.decimals must be a whole number, not \"one\""
      ]
    ),
    BadInput(
      "a list where text belongs",
      edits: {
        TestPack.edit(
          "indicators/cc-registration.yaml", "lead: Viki Packman", "lead: [Viki, Packman]")
      },
      ["indicators/cc-registration.yaml:17:7: error: lead must be text, not a list"]
    ),
    BadInput(
      "unknown theme",
      edits: {
        TestPack.edit("indicators/cc-registration.yaml", "theme: early-years", "theme: early-year")
      },
      [
        "indicators/cc-registration.yaml:3:8: error: unknown theme \"early-year\" (did you mean \"early-years\"?)",
        "pack.yaml:11:5: warning: theme \"early-years\" has no indicators",
      ]
    ),
    BadInput(
      "unknown periodicity, with the choices listed",
      edits: {
        TestPack.edit(
          "indicators/early-help-assessments.yaml", "periodicity: financial-quarter",
          "periodicity: quarterly")
      },
      [
        "indicators/early-help-assessments.yaml:8:14: error: unknown periodicity \"quarterly\" (expected one of: financial-quarter, financial-year, academic-year, calendar-year, calendar-quarter, month, date)"
      ]
    ),
    BadInput(
      "unknown measure type",
      edits: {
        TestPack.edit("indicators/cc-registration.yaml", "type: proportion", "type: proprtion")
      },
      [
        "indicators/cc-registration.yaml:6:9: error: unknown measure.type \"proprtion\" (did you mean \"proportion\"?)"
      ]
    ),
    BadInput(
      "shift length out of range",
      edits: {
        TestPack.edit(
          "indicators/repeat-referrals.yaml", "profile: mdc }", "profile: mdc, shift_length: 5 }")
      },
      ["indicators/repeat-referrals.yaml:10:48: error: spc.shift_length must be from 6 to 8, not 5"]
    ),
    BadInput(
      "SPC baseline under 12",
      edits: {
        TestPack.edit(
          "indicators/repeat-referrals.yaml", "profile: mdc }", "profile: mdc, baseline: 8 }")
      },
      ["indicators/repeat-referrals.yaml:10:44: error: spc.baseline must be at least 12, not 8"]
    ),
    BadInput(
      "target by-period label in the wrong periodicity",
      edits: {
        TestPack.edit(
          "indicators/cc-registration.yaml", "  amber: 75\n",
          "  amber: 75\n  by-period: { \"2014 Q1\": 82 }\n")
      },
      [
        "indicators/cc-registration.yaml:15:16: error: target.by-period period \"2014 Q1\" does not fit periodicity financial-quarter (expected a label like \"2013/14 Q4\")"
      ]
    ),
    BadInput(
      "SPC rebase period not in the data",
      edits: {
        TestPack.edit(
          "indicators/repeat-referrals.yaml", "profile: mdc }",
          "profile: mdc, rebase: [\"2010/11 Q1\"] }")
      },
      [
        "indicators/repeat-referrals.yaml:10:43: error: spc.rebase period \"2010/11 Q1\" is not in the data of repeat-referrals for Example Borough"
      ]
    ),
    BadInput(
      "id differs from the file name",
      edits: {
        TestPack.edit(
          "indicators/repeat-referrals.yaml", "id: repeat-referrals", "id: re-referrals")
      },
      [
        "indicators/repeat-referrals.yaml:1:5: error: id \"re-referrals\" does not match the file name (expected \"repeat-referrals\", or rename the file to re-referrals.yaml)"
      ]
    ),
    BadInput(
      "duplicate indicator ids",
      replacing: [
        "indicators/cc-registration.yml": StarterPackFiles.text("indicators/cc-registration.yaml")
      ],
      [
        "indicators/cc-registration.yml:1:1: error: duplicate indicator id \"cc-registration\" (also defined in indicators/cc-registration.yaml)"
      ]
    ),
    BadInput(
      "period label that does not fit the periodicity",
      edits: { TestPack.dataAppending("cc-registration,2010 Q4,E06999999,50,,,,,,") },
      [
        "data/quarterly.csv:40:17: error: period \"2010 Q4\" does not fit periodicity financial-quarter (expected a label like \"2013/14 Q4\")"
      ]
    ),
    BadInput(
      "percent sign in a value",
      edits: { TestPack.dataAppending("cc-registration,2010/11 Q4,E06999999,55%,5412,9840,,,,") },
      [
        "data/quarterly.csv:40:38: error: value \"55%\" is not a number (write 55 and set measure.unit to \"%\")"
      ]
    ),
    BadInput(
      "numerator above denominator for a proportion",
      edits: { TestPack.dataAppending("cc-registration,2010/11 Q4,E06999999,,9900,9840,,,,") },
      [
        "data/quarterly.csv:40:39: error: numerator 9900 is greater than denominator 9840 (a proportion cannot exceed 1)"
      ]
    ),
    BadInput(
      "zero denominator",
      edits: { TestPack.dataAppending("cc-registration,2010/11 Q4,E06999999,,0,0,,,,") },
      ["data/quarterly.csv:40:41: error: denominator 0 must be greater than zero"]
    ),
    BadInput(
      "negative count",
      edits: { TestPack.dataAppending("early-help-assessments,2010/11 Q4,E06999999,-5,,,,,,") },
      ["data/quarterly.csv:40:45: error: value -5 is negative (a count cannot be)"]
    ),
    BadInput(
      "value disagrees with numerator and denominator beyond rounding",
      edits: { TestPack.dataAppending("cc-registration,2010/11 Q4,E06999999,50.1,5000,10000,,,,") },
      [
        "data/quarterly.csv:40:38: error: value 50.1 disagrees with numerator/denominator (5000 / 10000 × 100 = 50.000)"
      ]
    ),
    BadInput(
      "a value rounded twice by its publisher agrees (4501 / 10001 × 100 = 45.0054994 → 45.0055 → 45.006)",
      edits: {
        TestPack.dataAppending("cc-registration,2010/11 Q4,E06999999,45.006,4501,10001,,,,")
      },
      []
    ),
    BadInput(
      "beyond double rounding the value still disagrees",
      edits: {
        TestPack.dataAppending("cc-registration,2010/11 Q4,E06999999,45.007,4501,10001,,,,")
      },
      [
        "data/quarterly.csv:40:38: error: value 45.007 disagrees with numerator/denominator (4501 / 10001 × 100 = 45.00550)"
      ]
    ),
    BadInput(
      "counts in fives with any denominator (Fingertips rounds counts, not populations): the hint still shows",
      edits: {
        TestPack.dataAppending("cc-registration,2010/11 Q4,E06999999,50.03,5000,9999,,,,")
      },
      [
        "data/quarterly.csv:40:38: error: value 50.03 disagrees with numerator/denominator (5000 / 9999 × 100 = 50.0050); if the publisher rounds counts to 5 (as Fingertips does for some), set measure.counts_rounded_to: 5 in the indicator's file"
      ]
    ),
    BadInput(
      "counts in fives that agree once rounding is allowed for: the error says how",
      edits: {
        TestPack.dataAppending("cc-registration,2010/11 Q4,E06999999,50.03,5000,10000,,,,")
      },
      [
        "data/quarterly.csv:40:38: error: value 50.03 disagrees with numerator/denominator (5000 / 10000 × 100 = 50.0000); if the publisher rounds counts to 5 (as Fingertips does for some), set measure.counts_rounded_to: 5 in the indicator's file"
      ]
    ),
    BadInput(
      "counts rounded to 5, declared: the value agrees",
      edits: {
        TestPack.edit(
          "indicators/cc-registration.yaml", "  decimals: 1\n",
          "  decimals: 1\n  counts_rounded_to: 5\n"
        )
        .merging(
          TestPack.dataAppending("cc-registration,2010/11 Q4,E06999999,50.03,5000,10000,,,,")
        ) { $1 }
      },
      []
    ),
    BadInput(
      "counts rounded to 5, declared, but the value is out beyond that",
      edits: {
        TestPack.edit(
          "indicators/cc-registration.yaml", "  decimals: 1\n",
          "  decimals: 1\n  counts_rounded_to: 5\n"
        )
        .merging(TestPack.dataAppending("cc-registration,2010/11 Q4,E06999999,50.1,5000,10000,,,,"))
        { $1 }
      },
      [
        "data/quarterly.csv:40:38: error: value 50.1 disagrees with numerator/denominator (5000 / 10000 × 100 = 50.000)"
      ]
    ),
    BadInput(
      "counts_rounded_to must be a count of 1 or more",
      edits: {
        TestPack.edit(
          "indicators/cc-registration.yaml", "  decimals: 1\n",
          "  decimals: 1\n  counts_rounded_to: 0\n")
      },
      [
        "indicators/cc-registration.yaml:9:22: error: measure.counts_rounded_to must be from 1 to 1000000, not 0"
      ]
    ),
    BadInput(
      "value agrees within its own rounding",
      edits: { TestPack.dataAppending("cc-registration,2010/11 Q4,E06999999,50,4990,10000,,,,") },
      []
    ),
    BadInput(
      "duplicate row, naming both lines",
      edits: { TestPack.dataAppending("cc-registration,2013/14 Q4,E92000001,66.0,,,,,,") },
      [
        "data/quarterly.csv:40:1: error: duplicate row for cc-registration, 2013/14 Q4, E92000001 (first at data/quarterly.csv:14)"
      ]
    ),
    BadInput(
      "unknown indicator in the data",
      edits: { TestPack.dataAppending("cc-registraton,2010/11 Q4,E06999999,50,,,,,,") },
      [
        "data/quarterly.csv:40:1: error: unknown indicator \"cc-registraton\" (did you mean \"cc-registration\"?)"
      ]
    ),
    BadInput(
      "unknown area in the data",
      edits: { TestPack.dataAppending("cc-registration,2010/11 Q4,Englnd,50,,,,,,") },
      ["data/quarterly.csv:40:28: error: unknown area \"Englnd\" (did you mean \"England\"?)"]
    ),
    BadInput(
      "unknown status",
      edits: { TestPack.dataAppending("cc-registration,2010/11 Q4,E06999999,50,,,,,final,") },
      [
        "data/quarterly.csv:40:45: error: unknown status \"final\" (expected one of: provisional, revised, suppressed)"
      ]
    ),
    BadInput(
      "interval upside down",
      edits: { TestPack.dataAppending("cc-registration,2010/11 Q4,E06999999,50,,,58,52,,") },
      ["data/quarterly.csv:40:43: error: lower_ci 58 is above upper_ci 52"]
    ),
    BadInput(
      "ragged row",
      edits: { TestPack.dataAppending("cc-registration,2010/11 Q4,E06999999,50") },
      ["data/quarterly.csv:40:1: error: row has 4 fields but the header has 10"]
    ),
    BadInput(
      "CSV missing a required column",
      replacing: ["data/extra.csv": "indicator,period,value\ncc-registration,2010/11 Q4,50\n"],
      ["data/extra.csv:1:1: error: missing required column \"area\""]
    ),
    BadInput(
      "unknown CSV column, with the nearest suggested",
      replacing: [
        "data/extra.csv": "indicator,period,area,valeu\ncc-registration,2010/11 Q4,E06999999,50\n"
      ],
      [
        "data/extra.csv:1:1: error: missing required column \"value\"",
        "data/extra.csv:1:23: error: unknown column \"valeu\" (did you mean \"value\"?)",
      ]
    ),
    BadInput(
      "commentary for an unknown indicator",
      edits: {
        TestPack.edit("commentary/2013-14-q4.yaml", "cc-registration:", "cc-registrations:")
      },
      [
        "commentary/2013-14-q4.yaml:2:1: error: commentary for unknown indicator \"cc-registrations\" (did you mean \"cc-registration\"?)"
      ]
    ),
    BadInput(
      "commentary file not named after a period",
      replacing: ["commentary/2013-14-q5.yaml": "{}\n"],
      [
        "commentary/2013-14-q5.yaml:1:1: error: commentary file name \"2013-14-q5\" is not a period (name it after the period, like 2013-14-q4.yaml)"
      ]
    ),
    BadInput(
      "commentary action due date malformed",
      edits: { TestPack.edit("commentary/2013-14-q4.yaml", "due: 2014-09-30", "due: 30/09/2014") },
      [
        "commentary/2013-14-q4.yaml:8:98: error: due must be a date written YYYY-MM-DD, not \"30/09/2014\""
      ]
    ),
    BadInput(
      "partner naming an unknown theme and an unknown indicator",
      edits: {
        [
          "partners.yaml": {
            $0.replacingOccurrences(of: "[early-years]", with: "[early-year]")
              .replacingOccurrences(of: "[repeat-referrals]", with: "[repeat-referral]")
          }
        ]
      },
      [
        "partners.yaml:5:12: error: unknown theme \"early-year\" (did you mean \"early-years\"?)",
        "partners.yaml:9:16: error: unknown indicator \"repeat-referral\" (did you mean \"repeat-referrals\"?)",
      ]
    ),
    BadInput(
      "malformed email address",
      edits: { TestPack.edit("partners.yaml", "ppu@example.org", "ppu@@example.org") },
      [
        "partners.yaml:8:16: error: invalid email address \"ppu@@example.org\" (expected \"Name <name@example.org>\" or \"name@example.org\")"
      ]
    ),
    BadInput(
      "line break in a recipient",
      edits: {
        TestPack.edit(
          "partners.yaml", "[ppu@example.org]", "[\"ppu@example.org\\r\\nBcc: x@example.org\"]")
      },
      [
        "partners.yaml:8:16: error: recipient \"ppu@example.org\\r\\nBcc: x@example.org\" must be one line (it holds a line break)"
      ]
    ),
    BadInput(
      "empty pack",
      removing: [
        "indicators/cc-registration.yaml", "indicators/early-help-assessments.yaml",
        "indicators/repeat-referrals.yaml", "data/quarterly.csv", "commentary/2013-14-q4.yaml",
        "partners.yaml",
      ],
      [
        "pack.yaml:1:1: warning: the pack has no indicators yet (add a definition file to the indicators folder, or bring one in with `boardpack import`)"
      ]
    ),
    BadInput(
      "missing pack.yaml",
      removing: ["pack.yaml"],
      ["pack.yaml:1:1: error: missing pack.yaml (run `boardpack init` for a starting point)"]
    ),
    BadInput(
      "pack id not a slug",
      edits: { TestPack.edit("pack.yaml", "id: example-trust", "id: Example Trust") },
      [
        "pack.yaml:2:5: error: id \"Example Trust\" must use only lower-case letters a–z, digits and hyphens, at most 64 characters (try \"example-trust\")"
      ]
    ),
    BadInput(
      "unknown rule id",
      edits: { TestPack.edit("pack.yaml", "[target-red,", "[target-rd,") },
      ["pack.yaml:14:16: error: unknown rule \"target-rd\" (did you mean \"target-red\"?)"]
    ),
    BadInput(
      "logo file that does not exist",
      edits: {
        TestPack.edit(
          "pack.yaml", "font: Liberation Sans }", "font: Liberation Sans, logo: crest.png }")
      },
      ["pack.yaml:16:61: error: logo file \"crest.png\" not found in the pack folder"]
    ),
    BadInput(
      "indicator with no data rows (a warning)",
      edits: {
        [
          "data/quarterly.csv": {
            $0.split(separator: "\n").filter { !$0.hasPrefix("early-help") }
              .joined(separator: "\n") + "\n"
          }
        ]
      },
      [
        "indicators/early-help-assessments.yaml:1:5: warning: indicator early-help-assessments has no data rows"
      ]
    ),
    BadInput(
      "theme with no indicators (a warning)",
      edits: {
        TestPack.edit(
          "pack.yaml", "  - { id: staying-safe, title: Staying safe }\n",
          "  - { id: staying-safe, title: Staying safe }\n  - { id: health, title: Health }\n")
      },
      ["pack.yaml:13:5: warning: theme \"health\" has no indicators"]
    ),
    BadInput(
      "partner id that would write outside the output folder",
      edits: { TestPack.edit("partners.yaml", "- id: police", "- id: \"../../../../victim\"") },
      [
        "partners.yaml:6:7: error: partner id \"../../../../victim\" must use only lower-case letters a–z, digits and hyphens, at most 64 characters (try \"victim\")"
      ]
    ),
    BadInput(
      "indicator id with a space and capitals, file named the same",
      replacing: ["indicators/Weird Name.yaml": BadInput.renamedIndicator("Weird Name")],
      [
        "indicators/Weird Name.yaml:1:5: error: id \"Weird Name\" must use only lower-case letters a–z, digits and hyphens, at most 64 characters (try \"weird-name\", and rename the file to weird-name.yaml)"
      ]
    ),
    BadInput(
      "indicator id with an accent",
      replacing: ["indicators/é.yaml": BadInput.renamedIndicator("é")],
      [
        "indicators/é.yaml:1:5: error: id \"é\" must use only lower-case letters a–z, digits and hyphens, at most 64 characters (try \"e\", and rename the file to e.yaml)"
      ]
    ),
    BadInput(
      "indicator id of 245 characters",
      replacing: [
        "indicators/\(String(repeating: "a", count: 245)).yaml": BadInput.renamedIndicator(
          String(repeating: "a", count: 245))
      ],
      [
        "indicators/\(String(repeating: "a", count: 245)).yaml:1:5: error: id \"\(String(repeating: "a", count: 80))…\" must use only lower-case letters a–z, digits and hyphens, at most 64 characters (try \"\(String(repeating: "a", count: 64))\", and rename the file to \(String(repeating: "a", count: 64)).yaml)"
      ]
    ),
    BadInput(
      "theme id that is not a slug",
      edits: {
        TestPack.edit(
          "pack.yaml", "  - { id: staying-safe, title: Staying safe }\n",
          "  - { id: staying-safe, title: Staying safe }\n  - { id: Health, title: Health }\n")
      },
      [
        "pack.yaml:13:11: error: theme id \"Health\" must use only lower-case letters a–z, digits and hyphens, at most 64 characters (try \"health\")"
      ]
    ),
    BadInput(
      "control character written as a YAML escape in a title",
      edits: {
        TestPack.edit(
          "indicators/early-help-assessments.yaml", "title: Early help assessments completed",
          "title: \"Early help\\x1eassessments\"")
      },
      [
        "indicators/early-help-assessments.yaml:2:8: error: title \"Early help\\u{1E}assessments\" holds a control character (U+001E); remove it"
      ]
    ),
    BadInput(
      "raw NUL in a unit",
      edits: {
        TestPack.edit(
          "indicators/early-help-assessments.yaml", "  decimals: 0",
          "  decimals: 0\n  unit: \"a\u{0}b\"")
      },
      [
        "indicators/early-help-assessments.yaml:7:11: error: YAML syntax error: control characters are not allowed (a NUL character (U+0000))"
      ]
    ),
    BadInput(
      "line break in the board's name, which reaches every email's subject",
      edits: {
        TestPack.edit(
          "pack.yaml", "board: Children's Trust Board",
          "board: \"Children's Trust Board\\r\\nBcc: everyone@example.org\"")
      },
      [
        "pack.yaml:5:8: error: board \"Children's Trust Board\\r\\nBcc: everyone@example.org\" must be one line (it holds a line break)"
      ]
    ),
    BadInput(
      "control character in a data note",
      edits: {
        TestPack.dataAppending(
          "early-help-assessments,2014/15 Q1,E06999999,240,,,,,,\"late\u{1B}[31m\"")
      },
      [
        "data/quarterly.csv:40:54: error: note \"late\\u{1B}[31m\" holds a control character (U+001B); remove it"
      ]
    ),
    BadInput(
      "logo outside the pack folder",
      edits: {
        TestPack.edit(
          "pack.yaml", "font: Liberation Sans }",
          "font: Liberation Sans, logo: ../../secret/outside.svg }")
      },
      [
        "pack.yaml:16:61: error: logo file \"../../secret/outside.svg\" is outside the pack folder; copy it into the pack folder and name it from there (like logo.png)"
      ]
    ),
    BadInput(
      "logo of a type the dashboard cannot show",
      replacing: ["crest.bmp": "BM"],
      edits: {
        TestPack.edit(
          "pack.yaml", "font: Liberation Sans }", "font: Liberation Sans, logo: crest.bmp }")
      },
      [
        "pack.yaml:16:61: error: logo file \"crest.bmp\" must be a PNG, JPEG, GIF, SVG or WebP file (named .png, .jpg, .gif, .svg or .webp)"
      ]
    ),
    BadInput(
      "logo whose bytes are not what its name says",
      replacing: ["crest.png": "<html>not an image</html>"],
      edits: {
        TestPack.edit(
          "pack.yaml", "font: Liberation Sans }", "font: Liberation Sans, logo: crest.png }")
      },
      [
        "pack.yaml:16:61: error: logo file \"crest.png\" is not a PNG file, whatever its name says"
      ]
    ),
    BadInput(
      "logo over 1 MB",
      replacing: ["crest.svg": "<svg>" + String(repeating: " ", count: 1_200_000) + "</svg>"],
      edits: {
        TestPack.edit(
          "pack.yaml", "font: Liberation Sans }", "font: Liberation Sans, logo: crest.svg }")
      },
      [
        "pack.yaml:16:61: error: logo file \"crest.svg\" is 1.1 MB; a logo may be at most 1 MB (it is embedded in every dashboard)"
      ]
    ),
    BadInput(
      "an unknown value of 10,000 characters is quoted to 80",
      edits: {
        TestPack.dataAppending(
          "early-help-assessments,2014/15 Q1,\(String(repeating: "x", count: 10_000)),240,,,,,,")
      },
      [
        "data/quarterly.csv:40:35: error: unknown area \"\(String(repeating: "x", count: 80))…\" (expected one of: E06999999, Example Borough, E92000001, England)"
      ]
    ),
  ]

  @Test(arguments: cases) func reportsExactly(_ input: BadInput) throws {
    let pack = try TestPack(
      replacing: input.replacing, removing: input.removing, editing: input.edits())
    #expect(pack.load().lines == input.expected)
  }
}
