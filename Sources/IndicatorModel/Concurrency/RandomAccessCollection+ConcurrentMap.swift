import Dispatch

extension RandomAccessCollection where Self: Sendable, Element: Sendable {
  /// The transformed elements, in the collection's order, computed on every core.
  ///
  /// For independent, CPU-bound work (charts, PDFs, files to parse): each element is one task
  /// of `DispatchQueue.concurrentPerform`, which runs as many at once as there are cores and
  /// returns when all are done. Each result goes to its own slot, so the output is the same,
  /// in the same order, however the tasks were scheduled.
  ///
  /// Every element is transformed even when some throw; then the error of the first element
  /// that threw, in the collection's order, is thrown, so the same inputs give the same error.
  /// A `transform` that cannot throw makes this call one that cannot throw.
  public func concurrentMap<Transformed: Sendable, Failure: Error>(
    _ transform: @Sendable (Element) throws(Failure) -> Transformed
  ) throws(Failure) -> [Transformed] {
    let slots = Locked<[Result<Transformed, Failure>?]>(Array(repeating: nil, count: count))
    DispatchQueue.concurrentPerform(iterations: count) { offset in
      let element = self[index(startIndex, offsetBy: offset)]
      let result = Result { () throws(Failure) in try transform(element) }
      slots.withLock { $0[offset] = result }
    }
    // concurrentPerform has returned, so every slot is filled.
    return try slots.withLock { $0 }.map { slot throws(Failure) in try slot!.get() }
  }
}
