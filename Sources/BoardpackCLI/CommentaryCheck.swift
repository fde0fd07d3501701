import Analysis
import Foundation
import IndicatorModel

/// `check`'s warning for every exception the board will see without the owner's commentary
/// (design §5.6): an exception with no words from its owner is the question a board asks first.
enum CommentaryCheck {
  static func warnings(pack: Pack, assessment: Assessment, directory: String) -> [Diagnostic] {
    guard let period = assessment.period else { return [] }
    let folder = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
    let commentaryFile = "\(folder)/commentary/\(period.slug).yaml"
    let fileExists = FileManager.default.fileExists(atPath: commentaryFile)
    return assessment.exceptionsWithoutCommentary(in: pack).map { item in
      let definition = pack.indicators.first { $0.id == item.id }?.location
      let location =
        fileExists
        ? SourceLocation(file: commentaryFile)
        : definition ?? SourceLocation(file: commentaryFile)
      let reason = item.exceptionFlags.first?.message ?? ""
      return .warning(
        "\(item.id) is an exception in \(period.label) but has no commentary for that period: "
          + "the board will read only \"\(reason)\"",
        at: location)
    }
  }
}
