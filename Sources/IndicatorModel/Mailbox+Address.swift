extension Mailbox {
  /// Whether `address` is `local@domain` in the subset boardpack accepts: a dot-atom local part
  /// of at most 64 characters and a domain of at least two DNS labels, 254 characters in all.
  ///
  /// Quoted local parts, comments and IP literals are legal but refused: board members never
  /// need them, and refusing them keeps the SMTP envelope and the headers simple.
  public static func isValidAddress(_ address: String) -> Bool {
    guard address.count <= 254 else { return false }
    let parts = address.split(separator: "@", omittingEmptySubsequences: false)
    guard parts.count == 2, !parts[0].isEmpty, parts[0].count <= 64 else { return false }
    let atoms = parts[0].split(separator: ".", omittingEmptySubsequences: false)
    guard atoms.allSatisfy({ !$0.isEmpty && $0.allSatisfy(isAtomText) }) else { return false }
    let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
    guard labels.count >= 2 else { return false }
    return labels.allSatisfy { label in
      !label.isEmpty && label.count <= 63 && label.first != "-" && label.last != "-"
        && label.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
    }
  }

  /// RFC 5322 `atext`: the characters of an unquoted local part, and of a display name's words
  /// that need no quotes.
  public static func isAtomText(_ character: Character) -> Bool {
    character.isASCII
      && (character.isLetter || character.isNumber || "!#$%&'*+/=?^_`{|}~-".contains(character))
  }
}
