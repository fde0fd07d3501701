import Analysis
import Foundation
import IndicatorModel

/// Titles and words the charts take from an indicator's definition.
enum ChartWording {
  /// The period axis title: "Financial quarter", "Academic year".
  static func periodAxisTitle(_ periodicity: Periodicity) -> String {
    switch periodicity {
    case .financialQuarter: "Financial quarter"
    case .financialYear: "Financial year (April to March)"
    case .academicYear: "Academic year"
    case .calendarYear: "Calendar year"
    case .calendarQuarter: "Calendar quarter"
    case .month: "Month"
    case .date: "Date"
    }
  }

  /// The value axis title with the unit: "Percentage (%)", "Rate per 1,000", "Number".
  static func valueAxisTitle(_ measure: Measure) -> String {
    let unit = measure.unit
    switch measure.type {
    case .proportion:
      return unit == "%" ? "Percentage (%)" : unit.isEmpty ? "Proportion" : "Proportion (\(unit))"
    case .rate:
      if unit.isEmpty { return "Rate" }
      return unit.hasPrefix("per ") ? "Rate \(unit)" : "Rate (\(unit))"
    case .count:
      return unit.isEmpty ? "Number" : "Number (\(unit))"
    case .value:
      return unit.isEmpty ? "Value" : unit == "%" ? "Percentage (%)" : "Value (\(unit))"
    }
  }

  /// Whether the value axis starts at zero: as configured, else for counts and proportions
  /// (design §6.1), whose zero is meaningful.
  static func yFromZero(_ indicator: Indicator) -> Bool {
    indicator.yFromZero ?? [.count, .proportion].contains(indicator.measure.type)
  }

  /// The target's legend name: its label as the board knows it, else "Target".
  static func targetLabel(_ target: Target) -> String {
    guard let label = target.label, !label.isEmpty else { return "Target" }
    return label.lowercased().contains("target") ? label : "Target (\(label))"
  }

  /// The footnotes for a series: the data's own notes (each once, with the periods it is on
  /// unless it is on every one), suppressed figures, and the source.
  static func footnotes(
    for observations: [ObservationAssessment?], periods: [Period], source: String?
  ) -> [String] {
    var notes: [String] = []
    var order: [String] = []
    var periodsByNote: [String: [String]] = [:]
    for (observation, period) in zip(observations, periods) {
      guard let note = observation?.note?.trimmingCharacters(in: .whitespaces), !note.isEmpty
      else { continue }
      if periodsByNote[note] == nil { order.append(note) }
      periodsByNote[note, default: []].append(period.label)
    }
    let present = observations.compactMap { $0 }.count
    let cleanSource = source?.trimmingCharacters(in: .whitespaces.union(["."]))
    // A note that only repeats the source ("Illustrative data") is said once, as the source.
    for note in order where note.trimmingCharacters(in: ["."]) != cleanSource {
      let labels = periodsByNote[note] ?? []
      let ending = note.hasSuffix(".") ? "" : "."
      notes.append(labels.count == present ? note + ending : "\(list(labels)): \(note)\(ending)")
    }
    let suppressed = zip(observations, periods).filter { $0.0?.status == .suppressed }
      .map(\.1.label)
    if !suppressed.isEmpty { notes.append("Suppressed (not published): \(list(suppressed)).") }
    if let source, !source.isEmpty {
      notes.append("Source: " + source + (source.hasSuffix(".") ? "" : "."))
    }
    return notes
  }

  /// "A", "A and B", "A, B and C"; long lists keep their ends: "A, B, … and Z (12 periods)".
  static func list(_ items: [String]) -> String {
    switch items.count {
    case 0: return ""
    case 1: return items[0]
    case 2...4: return items.dropLast().joined(separator: ", ") + " and " + items.last!
    default: return "\(items[0]), \(items[1]), … and \(items.last!) (\(items.count) periods)"
    }
  }
}
