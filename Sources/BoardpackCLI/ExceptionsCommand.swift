import Analysis
import ArgumentParser
import IndicatorModel

/// `boardpack exceptions`: what the board must look at, most severe first, with reasons.
struct ExceptionsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "exceptions",
    abstract: "List the measures that need the board's attention, with their reasons.",
    discussion: """
      An indicator is an exception when one of the rules named in pack.yaml's \
      rules.exceptions (or the indicator's own `exceptions:`) fires: by default red against \
      target, an SPC special cause of concern, assurance "consistently failing", significantly \
      worse than England, worsening for 3 periods in a row, or no data for the period. \
      Exceptions are listed most severe first; each reason is one plain-English sentence.

      With --fail-on the command exits 2 when any exception of that severity (or worse) \
      exists, so a scheduled job can alert someone.
      """)

  enum FailOn: String, ExpressibleByArgument, CaseIterable {
    case concern, watch
  }

  @OptionGroup var options: PackOptions

  @Option(help: "Exit 2 when an exception of this severity or worse exists (concern|watch).")
  var failOn: FailOn?

  func run() throws {
    let (pack, assessment) = try options.loadAssessment()
    let exceptions = assessment.exceptions
    print(ExceptionList(pack: pack, assessment: assessment).text, terminator: "")
    guard let failOn else { return }
    let threshold: Severity = failOn == .concern ? .concern : .watch
    if exceptions.contains(where: { ($0.exceptionSeverity?.rank ?? Int.max) <= threshold.rank }) {
      throw ExitCode(2)
    }
  }
}
