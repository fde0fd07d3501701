import Foundation
import PartnerMail

extension EmailCommand {
  /// What the run reports, on its own line as soon as it is known (one line per partner is the
  /// progress): failures to standard error, the rest to standard output.
  func report(_ progress: EmailProgress) {
    if progress.isFailure {
      var standardError = StandardError()
      print(progress.line, to: &standardError)
    } else {
      // Written straight to the file descriptor: `print` is buffered in a pipe, and each line is
      // the progress of a send that may take seconds.
      FileHandle.standardOutput.write(Data((progress.line + "\n").utf8))
    }
  }
}
