/// A chart: a plain-data spec that knows how to draw itself on any `Canvas`.
///
/// Specs hold already-computed numbers (values, intervals, limits, readings); drawing chooses
/// axis ticks and layout but never computes a statistic (design §8).
public protocol Chart: Sendable {
  /// The chart's heading, also used as document title by backends that have one.
  var title: String { get }

  /// A text alternative generated from the data, for screen readers and tagged PDF.
  var altText: String { get }

  /// Draws the chart to fill `canvas`.
  func draw(on canvas: any Canvas, style: ChartStyle)
}
