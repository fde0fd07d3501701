extension RecordingCanvas {
  /// The recorded primitives as readable text, one per line, for golden files and failure
  /// messages: `text "2013/14 Q4" 10pt regular center #0B0C0C box 120,350 48x12`.
  public var log: String {
    operations.map(Self.line(for:)).joined(separator: "\n")
  }

  static func line(for operation: Operation) -> String {
    switch operation {
    case .fill(let path, let colour):
      return "fill \(colour) \(describe(path))"
    case .stroke(let path, let style):
      let dash =
        style.dash.isEmpty ? "" : " dash " + style.dash.map(NumberText.short).joined(separator: ",")
      return "stroke \(style.colour) w\(NumberText.short(style.width))\(dash) \(describe(path))"
    case .text(let text, let style, let box):
      return "text \"\(text)\" \(NumberText.short(style.size))pt \(style.weight.rawValue) "
        + "\(style.alignment.rawValue) \(style.colour) box \(describe(box))"
    case .pushClip(let rect):
      return "clip \(describe(rect))"
    case .popClip:
      return "unclip"
    case .beginGroup(let group):
      return "group \(group.tag)" + (group.altText.map { " alt \"\($0)\"" } ?? "")
    case .endGroup:
      return "end group"
    }
  }

  static func describe(_ rect: Rect) -> String {
    "\(NumberText.short(rect.x)),\(NumberText.short(rect.y)) "
      + "\(NumberText.short(rect.width))x\(NumberText.short(rect.height))"
  }

  static func describe(_ path: Path) -> String {
    path.elements.map { element in
      switch element {
      case .move(let p): return "M\(NumberText.short(p.x)),\(NumberText.short(p.y))"
      case .line(let p): return "L\(NumberText.short(p.x)),\(NumberText.short(p.y))"
      case .arc(let c, let r, let start, let end):
        return "A\(NumberText.short(c.x)),\(NumberText.short(c.y)) r\(NumberText.short(r)) "
          + "\(NumberText.short(start))…\(NumberText.short(end))"
      case .close: return "Z"
      }
    }.joined(separator: " ")
  }
}
