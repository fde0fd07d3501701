import Foundation

/// Small, focused queries on rendered HTML, so tests read as what a reader would check.
extension String {
  /// How often `needle` occurs.
  func occurrences(of needle: String) -> Int {
    components(separatedBy: needle).count - 1
  }

  /// The heading levels in document order: `[1, 2, 2, 3, …]`.
  var headingLevels: [Int] {
    var levels: [Int] = []
    var rest = self[...]
    while let open = rest.range(of: "<h") {
      let after = rest[open.upperBound...]
      if let digit = after.first, let level = Int(String(digit)), (1...6).contains(level),
        after.dropFirst().first.map({ $0 == ">" || $0 == " " }) == true
      {
        levels.append(level)
      }
      rest = after
    }
    return levels
  }

  /// The text between the first `start` and the next `end` after it.
  func between(_ start: String, _ end: String) -> String? {
    guard let a = range(of: start), let b = range(of: end, range: a.upperBound..<endIndex) else {
      return nil
    }
    return String(self[a.upperBound..<b.lowerBound])
  }

  /// Where `needle` first occurs, as a character offset (Int.max when absent).
  func offset(of needle: String) -> Int {
    guard let range = range(of: needle) else { return Int.max }
    return distance(from: startIndex, to: range.lowerBound)
  }
}
