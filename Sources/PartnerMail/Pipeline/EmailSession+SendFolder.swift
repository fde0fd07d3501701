import Mail

extension EmailSession {
  /// Locks the send folder for the whole run, or says who holds it.
  func lock() throws(EmailFailure) -> SendLock {
    let activity: SendLockHolder.Activity = request.dryRun ? .drafting : .sending
    do {
      return try SendLock.acquire(
        folder.lock, holder: .current(period: period.label, activity: activity))
    } catch let error as SendLockError {
      throw EmailFailure("error: \(error)", path: folder.lock)
    } catch {
      // FileError: "path: error: cannot …".
      throw EmailFailure("\(error)", path: (error as? FileError)?.path ?? folder.lock)
    }
  }

  /// Copies the records of the logs where earlier versions kept them into the log, so a build
  /// that replaces the period folder cannot take them; reading the logs here also stops at a
  /// damaged one before any PDF is drawn. Returns the note to show when records were copied.
  func carryOver(_ log: SendLog) throws(EmailFailure) -> EmailProgress? {
    do {
      let copied = try log.carryOverLegacyRecords()
      guard !copied.isEmpty else { return nil }
      return .copiedLegacyRecords(
        count: copied.count, from: log.legacy.map(\.relativePath), to: log.path)
    } catch {
      // SendLogError or FileError, both "path[:line]: error: …".
      var path = log.path
      if case .malformedLine(let file, _)? = error as? SendLogError { path = file }
      if let error = error as? FileError { path = error.path }
      throw EmailFailure("\(error)\nnothing was sent", path: path)
    }
  }
}
