/// "Did you mean …?" for typos in keys and values, by edit distance.
public enum Suggestion {
  /// The candidate nearest to `text`, if it is near enough to be a plausible typo.
  public static func nearest(to text: String, in candidates: [String]) -> String? {
    // A typo of a key or a code is short; a long text is no typo, and comparing it would cost
    // its length times each candidate's.
    guard text.utf8.count <= 200 else { return nil }
    let lowered = text.lowercased()
    var best: (String, Int)?
    for candidate in candidates {
      let distance = editDistance(lowered, candidate.lowercased())
      // A typo changes a few characters: allow 2 edits, or a third of a long word.
      let limit = max(2, candidate.count / 3)
      if distance <= limit, distance < (best?.1 ?? Int.max) { best = (candidate, distance) }
    }
    return best?.0
  }

  /// ` (did you mean "x"?)`, or the list of valid values when it is short, or nothing.
  public static func hint(for text: String, in candidates: [String], listUpTo limit: Int = 12)
    -> String
  {
    if let near = nearest(to: text, in: candidates) { return " (did you mean \"\(near)\"?)" }
    if !candidates.isEmpty && candidates.count <= limit {
      return " (expected one of: \(candidates.joined(separator: ", ")))"
    }
    return ""
  }

  /// Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
  /// neighbouring characters each cost 1 (so "titel" is one edit from "title").
  static func editDistance(_ a: String, _ b: String) -> Int {
    let s = Array(a)
    let t = Array(b)
    if s.isEmpty { return t.count }
    if t.isEmpty { return s.count }
    var d = Array(repeating: Array(repeating: 0, count: t.count + 1), count: s.count + 1)
    for i in 0...s.count { d[i][0] = i }
    for j in 0...t.count { d[0][j] = j }
    for i in 1...s.count {
      for j in 1...t.count {
        let cost = s[i - 1] == t[j - 1] ? 0 : 1
        d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
        if i > 1, j > 1, s[i - 1] == t[j - 2], s[i - 2] == t[j - 1] {
          d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
        }
      }
    }
    return d[s.count][t.count]
  }
}
