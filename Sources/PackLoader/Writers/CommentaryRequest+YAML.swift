import IndicatorModel
import Yams

extension CommentaryRequest {
  /// Lines are kept to this width (comments wrapped, long values folded by the emitter), so the
  /// file reads in any editor and an owner's part survives being pasted into an email.
  static let lineWidth = 78

  /// The request as a commentary file: the preface, then each owner's part under its heading,
  /// each entry with its notes as comments above it. Every value is written by Yams' emitter
  /// and quoted where YAML needs it (a title's apostrophe or colon, a name that reads as a
  /// number or `null`), so whatever the names and words, the file loads with
  /// `CommentaryFileReader` as the entries given.
  public func yaml() throws -> String {
    var lines = comments(preface)
    for part in parts {
      lines += [""] + comments([part.heading])
      for entry in part.entries {
        lines += [""] + comments(entry.notes)
        lines.append(try Self.yaml(entry.commentary))
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// One entry, `indicator-id:` with author, empty text and the actions, as the emitter writes it.
  static func yaml(_ commentary: Commentary) throws -> String {
    var fields: [(Node, Node)] = []
    if let author = commentary.author { fields.append(("author", text(author))) }
    // Quoted, so the empty text is plainly there to fill in (a bare `text:` would be null).
    fields.append(("text", Node(commentary.text, Tag(.str), .doubleQuoted)))
    if !commentary.actions.isEmpty {
      fields.append(("actions", Node(commentary.actions.map(action))))
    }
    let entry = Node([(text(commentary.indicator), Node(fields))])
    let written = try serialize(node: entry, width: lineWidth, allowUnicode: true)
    return String(written.dropLast())  // its final line break
  }

  static func action(_ action: Action) -> Node {
    var fields: [(Node, Node)] = []
    if let id = action.id { fields.append(("id", text(id))) }
    fields += [("owner", text(action.owner)), ("action", text(action.action))]
    if let due = action.due { fields.append(("due", Node(due.description))) }
    if let status = action.status { fields.append(("status", Node(status.rawValue))) }
    return Node(fields)
  }

  /// A text value, quoted by Yams when it would otherwise read as something else.
  static func text(_ value: String) -> Node { .scalar(value.represented()) }

  /// Notes as `# ` comments, each wrapped to the line width.
  func comments(_ notes: [String]) -> [String] {
    notes.flatMap {
      Self.wrapped($0, width: Self.lineWidth - 2).map { $0.isEmpty ? "#" : "# " + $0 }
    }
  }

  /// A note broken at spaces into lines of at most `width` (a longer word stays whole); the
  /// lines after the first keep the note's indent, and hang under a list item's text. A line
  /// break in the note (an action written over several lines) is a space: every line must
  /// stay a comment.
  static func wrapped(_ note: String, width: Int) -> [String] {
    let indent = note.prefix { $0 == " " }
    let body = note.dropFirst(indent.count)
    let hanging = String(indent) + (body.hasPrefix("- ") ? "  " : "")
    var lines = [String(indent)]
    var fresh = true  // the last line holds only its indent
    for word in body.split(whereSeparator: \.isWhitespace) {
      if !fresh, lines[lines.count - 1].count + 1 + word.count > width {
        lines.append(hanging)
        fresh = true
      }
      lines[lines.count - 1] += (fresh ? "" : " ") + word
      fresh = false
    }
    return lines
  }
}
