import IndicatorModel

extension Words {
  /// The notes at the top of a commentary request: which meeting it is for, what is in it and
  /// how to answer it.
  public static func requestPreface(_ meeting: Meeting) -> [String] {
    let board = meeting.board.map { ": \($0)" } ?? ""
    let date = meeting.date.map { ", \(Words.date($0))" } ?? ""
    return [
      "Commentary for \(meeting.period.label)\(board)\(date).",
      "",
      "A request to each owner, written by boardpack commentary: an entry for every exception "
        + "the board will see and every indicator with an action from an earlier meeting. "
        + "Lines starting with # are notes; the pack never shows them.",
      "",
      "To answer, write the commentary (Markdown) in place of \"\" after text:, or over several "
        + "lines:",
      "  text: |",
      "    Registration continues to rise and is now at 55%.",
      "Once an action is closed, change its status to done or dropped; leave its owner and "
        + "action as they are, since they say which action it is. A new action goes under "
        + "actions: with its owner, action and, if set, due (YYYY-MM-DD).",
      "",
      "Until its text is written, an entry shows as no commentary in the pack, and boardpack "
        + "check warns about it.",
    ]
  }

  /// The line above an owner's entries: "Owner: Viki Packman".
  public static func requestHeading(owner: String?) -> String {
    owner.map { "Owner: \($0)" } ?? "Owner: not named (the indicators' files name no lead or owner)"
  }
}
