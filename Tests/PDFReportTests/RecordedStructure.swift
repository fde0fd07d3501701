import Charts

@testable import PDFReport

/// The structure a `RecordingPage` recorded, as a tree of elements holding what was drawn in
/// them; nil when a `begin` has no `end` or an `end` no `begin`.
indirect enum RecordedNode {
  case element(PDFStructure, [RecordedNode])
  case drawn(RecordingPage.Event)

  /// The top-level nodes of `events`.
  static func tree(_ events: [RecordingPage.Event]) -> [RecordedNode]? {
    var stack: [(PDFStructure?, [RecordedNode])] = [(nil, [])]
    for event in events {
      switch event {
      case .begin(let element):
        stack.append((element, []))
      case .end:
        guard stack.count > 1, let (element, children) = stack.popLast(), let element else {
          return nil
        }
        stack[stack.count - 1].1.append(.element(element, children))
      default:
        stack[stack.count - 1].1.append(.drawn(event))
      }
    }
    return stack.count == 1 ? stack[0].1 : nil
  }

  /// The elements among these nodes and inside them, outermost first, with their children.
  static func elements(in nodes: [RecordedNode]) -> [(PDFStructure, [RecordedNode])] {
    nodes.flatMap { node -> [(PDFStructure, [RecordedNode])] in
      guard case .element(let element, let children) = node else { return [] }
      return [(element, children)] + elements(in: children)
    }
  }

  /// The elements directly among these nodes.
  static func childElements(_ nodes: [RecordedNode]) -> [PDFStructure] {
    nodes.compactMap { node in
      if case .element(let element, _) = node { return element }
      return nil
    }
  }

  /// Every text drawn among these nodes and inside them, joined by spaces.
  static func text(_ nodes: [RecordedNode]) -> String {
    nodes.map { node in
      switch node {
      case .element(_, let children): text(children)
      case .drawn(.text(let words, _)): words
      case .drawn: ""
      }
    }.filter { !$0.isEmpty }.joined(separator: " ")
  }
}

extension RecordingPage {
  /// Each drawing call with the elements open around it, outermost first.
  var drawnInside: [(event: Event, open: [PDFStructure])] {
    var open: [PDFStructure] = []
    var result: [(Event, [PDFStructure])] = []
    for event in events {
      switch event {
      case .begin(let element): open.append(element)
      case .end: open.removeLast()
      default: result.append((event, open))
      }
    }
    return result
  }

  /// The calls as an indented outline: an element's PDF tag name, then what is inside it one
  /// step further in; text quoted; pages numbered.
  var outline: String {
    var depth = 0
    var page = 0
    var lines: [String] = []
    func add(_ line: String) { lines.append(String(repeating: "  ", count: depth) + line) }
    for event in events {
      switch event {
      case .begin(let element):
        add(Self.name(element))
        depth += 1
      case .end: depth -= 1
      case .startPage:
        page += 1
        add("page \(page)")
      case .finishPage: break
      case .fill: add("fill")
      case .line: add("line")
      case .text(let words, _): add("\"\(words)\"")
      case .chart(let alt, _): add("chart \"\(alt)\"")
      case .png(let path, _): add("png \(path)")
      }
    }
    return lines.joined(separator: "\n")
  }

  /// The PDF standard structure type an element becomes.
  static func name(_ element: PDFStructure) -> String {
    switch element {
    case .document: "Document"
    case .heading(let level): "H\(level)"
    case .paragraph: "P"
    case .list: "L"
    case .listItem: "LI"
    case .label: "Lbl"
    case .listBody: "LBody"
    case .table: "Table"
    case .tableHeaderRow: "THead TR"
    case .tableRow: "TR"
    case .headerCell(.column): "TH column"
    case .headerCell(.row): "TH row"
    case .dataCell: "TD"
    case .figure(let alt): "Figure \"\(alt)\""
    case .link(let destination): "Link \(destination)"
    case .artifact: "Artifact"
    }
  }
}
