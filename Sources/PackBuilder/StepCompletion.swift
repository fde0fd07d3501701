import Foundation

/// Opens when a step has finished, telling whether it succeeded: the steps that come after it
/// wait on it. The steps run on threads of their own (`DedicatedThread`), so a waiting step
/// holds up no other.
final class StepCompletion: @unchecked Sendable {
  // Sendable by hand: `outcome` is only touched while `condition` is locked. Not a `Locked`,
  // because waiting needs the condition variable that guards it.
  private let condition = NSCondition()
  private var outcome: Bool?

  /// Records the outcome and lets every waiter through; the first outcome stands.
  func finish(succeeded: Bool) {
    condition.lock()
    if outcome == nil { outcome = succeeded }
    condition.broadcast()
    condition.unlock()
  }

  /// Waits until the step has finished; whether it succeeded.
  func wait() -> Bool {
    condition.lock()
    defer { condition.unlock() }
    while outcome == nil { condition.wait() }
    return outcome!
  }
}
