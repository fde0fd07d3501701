import Foundation
import IndicatorModel

/// Checks mailboxes before they go into headers or the SMTP envelope, and reads the sender.
///
/// The rules are the model's: `Mailbox(parsing:)` reads text, as it does for the pack's
/// recipients, and `Mailbox.isValidAddress(_:)` checks an address. This type words their
/// verdicts as `MessageError`s naming the field.
public enum MailAddress {
  /// Reads `Name <name@example.org>` or a bare address, as `BOARDPACK_SMTP_FROM` holds it.
  /// - Throws: a `MessageError` naming `field` (`sender`).
  public static func parse(_ text: String, field: String) throws -> Mailbox {
    do {
      return try Mailbox(parsing: text)
    } catch {
      switch error {
      case .lineBreak, .controlCharacter:
        throw MessageError.controlCharacter(field: field, value: text)
      case .malformedName(let name) where name.contains("<") || name.contains(">"):
        throw MessageError.invalidName(field: field, name: name)
      case .malformedName(let name):
        throw MessageError.quoteInName(field: field, name: name)
      case .invalidAddress(let address):
        throw MessageError.invalidAddress(field: field, address: address)
      }
    }
  }

  /// Throws a `MessageError` when the name or address of a mailbox made in code cannot go
  /// safely into a header. A `"` in the name is allowed here: the encoder quotes it.
  public static func check(_ mailbox: Mailbox, field: String) throws {
    if let name = mailbox.name {
      try HeaderText.check(name, field: "\(field) name")
      if name.contains("<") || name.contains(">") {
        throw MessageError.invalidName(field: field, name: name)
      }
    }
    try HeaderText.check(mailbox.address, field: "\(field) address")
    guard Mailbox.isValidAddress(mailbox.address) else {
      throw MessageError.invalidAddress(field: field, address: mailbox.address)
    }
  }
}
