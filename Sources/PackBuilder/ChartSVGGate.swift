import Foundation

/// Opens once the charts step has written every chart's SVG, which the dashboard inlines (see
/// `HTMLStep.drawnCharts`): the charts step writes the SVGs first and the PNGs and PDFs after,
/// so the dashboard is laid out while the bitmaps are still being encoded, instead of after
/// them. The steps run on threads of their own (`DedicatedThread`), so the dashboard's waiting
/// holds up no other step.
final class ChartSVGGate: @unchecked Sendable {
  // Sendable by hand: `isOpen` is only touched while `condition` is locked. Not a `Locked`,
  // because waiting needs the condition variable that guards the flag.
  private let condition = NSCondition()
  private var isOpen = false

  /// Lets every waiter through, now and later; opening twice is harmless.
  func open() {
    condition.lock()
    isOpen = true
    condition.broadcast()
    condition.unlock()
  }

  func wait() {
    condition.lock()
    while !isOpen { condition.wait() }
    condition.unlock()
  }
}
