import IndicatorModel

// Small helpers for the flags' sentences. Text is made only here and in the rules: the
// statistics return numbers and enumerations.

/// "1st", "2nd", "3rd", "11th", "22nd".
public func ordinal(_ n: Int) -> String {
  let tens = (n / 10) % 10
  let suffix: String
  switch (tens == 1, n % 10) {
  case (false, 1): suffix = "st"
  case (false, 2): suffix = "nd"
  case (false, 3): suffix = "rd"
  default: suffix = "th"
  }
  return "\(n)\(suffix)"
}

/// "6 quarters", "1 year".
func count(_ n: Int, of periodicity: Periodicity) -> String {
  "\(n) \(n == 1 ? periodicity.unitName.singular : periodicity.unitName.plural)"
}

/// A group's name inside a sentence: "Statistical neighbours" → "statistical neighbours", but
/// "CIPFA neighbours" stays as it is.
func inSentence(_ name: String) -> String {
  let characters = Array(name)
  guard characters.count > 1, characters[0].isUppercase, characters[1].isLowercase else {
    return name
  }
  return characters[0].lowercased() + String(characters.dropFirst())
}

/// "England", "England and Leeds", "England, the North West and Leeds".
func list(_ names: [String]) -> String {
  switch names.count {
  case 0: return ""
  case 1: return names[0]
  default: return names.dropLast().joined(separator: ", ") + " and " + names.last!
  }
}

extension String {
  /// The sentence with its first letter capitalised.
  var capitalisedFirst: String { prefix(1).uppercased() + dropFirst() }
}

/// "England, the North West or Leeds": like `list`, with "or" for a sentence that denies
/// something of each ("not compared with …").
func list(_ names: [String], conjunction: String) -> String {
  switch names.count {
  case 0: return ""
  case 1: return names[0]
  default: return names.dropLast().joined(separator: ", ") + " \(conjunction) " + names.last!
  }
}

/// A comparator's name inside a sentence: English regions named by a compass point take "the"
/// ("the North West", "the East Midlands"); counties and places do not ("West Sussex"), which is
/// why only areas with the region role are changed.
func inSentence(_ comparator: ComparatorArea) -> String {
  let name = comparator.area.name
  guard comparator.role == .region,
    let first = name.split(separator: " ").first,
    ["North", "South", "East", "West"].contains(String(first))
  else { return name }
  return "the " + name
}
