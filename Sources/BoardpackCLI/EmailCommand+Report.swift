import ArgumentParser
import Foundation
import Mail

extension EmailCommand {
  /// The partner's outcome on its own line: failures to standard error, the rest to standard
  /// output, each as soon as it is known (one line per partner is the progress).
  func report(_ outcome: MailOutcome) {
    if outcome.isFailure {
      var standardError = StandardError()
      print(outcome.summary, to: &standardError)
    } else {
      // Written straight to the file descriptor: `print` is buffered in a pipe, and each line is
      // the progress of a send that may take seconds.
      FileHandle.standardOutput.write(Data((outcome.summary + "\n").utf8))
    }
  }

  /// The closing count; exit 1 when any partner failed.
  func finish(_ outcomes: [MailOutcome], settings: SMTPSettings?) throws {
    var failed = 0
    var notRecorded = 0
    var stopped = 0
    for outcome in outcomes {
      switch outcome.status {
      case .failed: failed += 1
      case .sentNotLogged: notRecorded += 1
      case .stopped: stopped += 1
      case .sent, .alreadySent, .written: break
      }
    }
    let good = outcomes.count - failed - notRecorded - stopped
    let verb = settings == nil ? "written" : "sent or already sent"
    var line =
      "\(good) of \(outcomes.count) partner\(outcomes.count == 1 ? "" : "s") \(verb)"
    if failed > 0 { line += "; \(failed) failed" }
    if notRecorded > 0 { line += "; \(notRecorded) sent but not recorded in the send log" }
    if stopped > 0 { line += "; \(stopped) not sent because sending stopped" }
    line += settings.map { " (\($0))" } ?? ""
    if good < outcomes.count {
      var standardError = StandardError()
      print(line, to: &standardError)
      throw ExitCode(1)
    }
    print(line)
  }
}
