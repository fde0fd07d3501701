import ArgumentParser
import Foundation
import Mail

extension EmailCommand {
  /// Locks the send folder for the whole run, or prints who holds it and exits 1.
  func lock(_ folder: SendFolder) throws -> SendLock {
    var standardError = StandardError()
    do {
      return try SendLock.acquire(
        folder.lock,
        holder: .current(period: folder.period.label, activity: dryRun ? .drafting : .sending))
    } catch let error as SendLockError {
      print("error: \(error)", to: &standardError)
      throw ExitCode(1)
    } catch {
      // FileError: "path: error: cannot …".
      print(error, to: &standardError)
      throw ExitCode(1)
    }
  }

  /// Copies the records of the logs where earlier versions kept them into the log, so a build
  /// that replaces the period folder cannot take them; reading the log here also stops a
  /// damaged one before any PDF is drawn. Prints a note when records were copied.
  func carryOver(_ log: SendLog) throws {
    var standardError = StandardError()
    do {
      let copied = try log.carryOverLegacyRecords()
      guard !copied.isEmpty else { return }
      let from = log.legacy.map(\.relativePath).joined(separator: ", ")
      // Straight to the descriptor, before the partner lines that `report` writes so.
      FileHandle.standardOutput.write(
        Data(
          "note: copied \(copied.count) record\(copied.count == 1 ? "" : "s") of messages sent from \(from) (where earlier versions kept the send log) to \(log.path)\n"
            .utf8))
    } catch {
      // SendLogError or FileError, both "path[:line]: error: …".
      print(error, to: &standardError)
      print("nothing was sent", to: &standardError)
      throw ExitCode(1)
    }
  }
}
