import Testing

import IndicatorModel

/// `concurrentMap` and `Locked`: the results of work on every core, in order, whatever the
/// scheduling.
@Suite struct ConcurrencyTests {
  struct Refused: Error, Equatable {
    let value: Int
  }

  @Test("results come back in the collection's order")
  func resultsInOrder() {
    let values = Array(0..<2_000)
    #expect(values.concurrentMap { $0 * 3 } == values.map { $0 * 3 })
    #expect((10..<20).concurrentMap { "\($0)" } == (10..<20).map { "\($0)" })
    #expect([Int]().concurrentMap { $0 }.isEmpty)
  }

  @Test("every element runs, then the first error in order is thrown")
  func firstErrorInOrder() {
    let ran = Locked(0)
    #expect(throws: Refused(value: 3)) {
      try Array(0..<100).concurrentMap { value throws(Refused) -> Int in
        ran.withLock { $0 += 1 }
        if value == 3 || value == 70 { throw Refused(value: value) }
        return value
      }
    }
    #expect(ran.withLock { $0 } == 100)
  }

  @Test("changes under the lock from every core are none of them lost")
  func lockedCounts() {
    let total = Locked(0)
    _ = Array(0..<1_000).concurrentMap { value in total.withLock { $0 += value } }
    #expect(total.withLock { $0 } == 499_500)
  }
}
