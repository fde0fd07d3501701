import Foundation
import IndicatorModel

/// Checks email addresses and mailboxes before they go into headers or the SMTP envelope.
///
/// Mirrors PackLoader's mailbox check, which is internal to the loader and sits on another
/// branch of the dependency graph: a dot-atom local part of at most 64 characters and a domain of
/// at least two DNS labels. Quoted local parts, comments and IP literals are legal but refused:
/// board members never need them, and refusing them keeps the envelope and headers simple.
public enum MailAddress {
  /// Whether `address` is `local@domain` in the subset boardpack accepts.
  public static func isValid(_ address: String) -> Bool {
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

  /// Reads `Name <name@example.org>` or a bare address, as `BOARDPACK_SMTP_FROM` holds it.
  public static func parse(_ text: String, field: String) throws -> Mailbox {
    try HeaderText.check(text, field: field)
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    var mailbox = Mailbox(address: trimmed)
    if trimmed.hasSuffix(">"), let open = trimmed.lastIndex(of: "<") {
      mailbox.address = String(
        trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)])
      var name = trimmed[..<open].trimmingCharacters(in: .whitespaces)
      if name.count >= 2, name.hasPrefix("\""), name.hasSuffix("\"") {
        name = String(name.dropFirst().dropLast())
      }
      mailbox.name = name.isEmpty ? nil : name
    }
    try check(mailbox, field: field)
    return mailbox
  }

  /// Throws a `MessageError` when the name or address cannot go safely into a header.
  public static func check(_ mailbox: Mailbox, field: String) throws {
    if let name = mailbox.name {
      try HeaderText.check(name, field: "\(field) name")
      if name.contains("<") || name.contains(">") {
        throw MessageError.invalidName(field: field, name: name)
      }
    }
    try HeaderText.check(mailbox.address, field: "\(field) address")
    guard isValid(mailbox.address) else {
      throw MessageError.invalidAddress(field: field, address: mailbox.address)
    }
  }

  /// RFC 5322 `atext`: the characters of an unquoted local part.
  static func isAtomText(_ character: Character) -> Bool {
    character.isASCII
      && (character.isLetter || character.isNumber || "!#$%&'*+/=?^_`{|}~-".contains(character))
  }
}
