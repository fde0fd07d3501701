/// Another `boardpack email` holds the send folder's lock.
public enum SendLockError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The lock is held; `holder` is nil when the file does not say by whom.
  case held(path: String, holder: SendLockHolder?)

  /// A sentence naming the running process and the lock file.
  public var description: String {
    switch self {
    case .held(let path, let holder?):
      let doing =
        holder.activity == .sending
        ? "is sending this pack's \(holder.period) summaries"
        : "is writing this pack's \(holder.period) drafts"
      return
        "another boardpack email (process \(holder.pid), started \(holder.startedText)) \(doing); wait for it to finish (lock: \(path))"
    case .held(let path, nil):
      return
        "another boardpack email is sending or writing drafts for this pack and period; wait for it to finish (lock: \(path))"
    }
  }
}
