import Analysis
import Foundation
import IndicatorModel

/// `check`'s warnings about the reporting period's commentary (design §5.6): an exception with
/// no words from its owner is the question a board asks first.
///
/// One warning per indicator, never two: an entry whose text is still empty (as
/// `boardpack commentary` writes it) is warned about at its text, saying who has not written it
/// and, for an exception, what the board will read instead; an exception with no entry at all
/// gets the warning that it has no commentary.
enum CommentaryCheck {
  static func warnings(pack: Pack, assessment: Assessment, directory: String) -> [Diagnostic] {
    guard let period = assessment.period else { return [] }
    let entries = pack.commentary[period] ?? [:]
    let folder = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
    let commentaryFile = "\(folder)/commentary/\(period.slug).yaml"
    let fileExists = FileManager.default.fileExists(atPath: commentaryFile)
    let missing = assessment.exceptionsWithoutCommentary(in: pack).filter {
      entries[$0.id] == nil
    }.map { item in
      let definition = pack.indicators.first { $0.id == item.id }?.location
      let location =
        fileExists
        ? SourceLocation(file: commentaryFile)
        : definition ?? SourceLocation(file: commentaryFile)
      return Diagnostic.warning(
        "\(item.id) is an exception in \(period.label) but has no commentary for that period: "
          + "the board will read only \"\(reason(item))\"",
        at: location)
    }
    let exceptions = Dictionary(assessment.exceptions.map { ($0.id, $0) }) { first, _ in first }
    let unwritten = entries.values.filter { !$0.hasText }.sorted { line($0) < line($1) }.map {
      entry in
      let who = entry.author.map { ": its author, \($0), has not written it" } ?? ""
      let until =
        exceptions[entry.indicator].map { "until then the board will read only \"\(reason($0))\"" }
        ?? "until then the pack shows no commentary for it"
      return Diagnostic.warning(
        "the commentary for \(entry.indicator) has no text yet\(who); \(until)",
        at: entry.textLocation ?? entry.location ?? SourceLocation(file: commentaryFile))
    }
    return missing + unwritten
  }

  /// The first reason the exception gives: what the board reads of it without commentary.
  static func reason(_ item: IndicatorAssessment) -> String {
    item.exceptionFlags.first?.message ?? ""
  }

  static func line(_ entry: Commentary) -> (String, Int) {
    let location = entry.textLocation ?? entry.location
    return (location?.file ?? "", location?.line ?? 0)
  }
}
