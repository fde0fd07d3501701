/// A named step of a long job (import, email): its work runs through `perform`, so a failure
/// says which step stopped.
public protocol PipelineStep: Sendable {}

/// A failure that records the step it stopped in.
public protocol StepFailure: Error {
  associatedtype Step: PipelineStep
  /// The step that stopped (set by `PipelineStep.perform`).
  var step: Step? { get set }
}

extension PipelineStep {
  /// Runs one step's work that cannot fail.
  public func perform<T>(_ work: () -> T) -> T { work() }

  /// Runs one step's work, marking a failure with this step.
  public func perform<T, Failure: StepFailure>(_ work: () throws(Failure) -> T) throws(Failure)
    -> T where Failure.Step == Self
  {
    do {
      return try work()
    } catch {
      var failure = error
      failure.step = self
      throw failure
    }
  }
}
