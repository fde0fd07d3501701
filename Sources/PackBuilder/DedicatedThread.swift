import Foundation

/// Runs blocking work on a thread of its own and awaits it.
///
/// The build's steps are long, synchronous and CPU-bound (Cairo, Pango, encoders). Run directly
/// in tasks they would each hold one of the cooperative pool's threads (one per core), and the
/// other steps would wait for them to finish. On threads of their own all steps start at once
/// and the system shares the cores between them; the awaiting tasks hold no thread.
enum DedicatedThread {
  static func run<T: Sendable>(_ name: String, _ work: @escaping @Sendable () throws -> T)
    async throws -> T
  {
    try await withCheckedThrowingContinuation {
      (continuation: CheckedContinuation<T, any Error>) in
      let thread = Thread {
        do {
          continuation.resume(returning: try work())
        } catch {
          continuation.resume(throwing: error)
        }
      }
      thread.name = name
      // Room for the deep call stacks of Pango and the Mustache renderer (8 MiB, as the main
      // thread has; a Foundation thread's default is smaller).
      thread.stackSize = 8 << 20
      thread.start()
    }
  }
}
