import IndicatorModel
import Yams

/// Reads the optional `meetings.yaml`: which board meets for a period, when, under what title.
struct MeetingsFileReader {
  let context: YAMLContext
  /// Reads a period label in the pack's periodicities.
  let parsePeriod: (String) -> Period?

  func read(_ root: Node?) -> [Meeting] {
    guard let root else { return [] }
    guard case .sequence(let sequence) = root else {
      context.error("meetings.yaml must be a list of meetings, not \(root.shownAs)", at: root)
      return []
    }
    var meetings: [Meeting] = []
    var seen: [Period: Node] = [:]
    for item in sequence {
      guard
        let map = MappingReader(
          item, context: context, keys: ["period", "board", "title", "date"],
          required: ["period"]),
        let label = map.string("period"), let node = map.value("period")
      else { continue }
      guard let period = parsePeriod(label) else {
        context.error(
          "period \(UserText.quoted(label)) is not a period label (write e.g. \"2013/14 Q4\", \"2019\" or \"2019-09\")",
          at: node)
        continue
      }
      if let first = seen[period] {
        context.error(
          "a second meeting for \(period.label) (first at \(context.location(of: first)))", at: node
        )
        continue
      }
      seen[period] = node
      let date = map.value("date").flatMap {
        ScalarParsing.date($0, name: "date", context: context)
      }
      meetings.append(
        Meeting(
          period: period, board: map.string("board"), title: map.string("title"), date: date,
          location: context.location(of: item)))
    }
    return meetings
  }
}
