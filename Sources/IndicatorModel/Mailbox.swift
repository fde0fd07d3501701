/// An email recipient or sender: `Dr A. Example <a.example@nhs.example>`.
///
/// Read from text by `init(parsing:)` (`Mailbox+Parsing.swift`), the one parser both the pack's
/// `partners.yaml` and the mail settings (`BOARDPACK_SMTP_FROM`) go through.
public struct Mailbox: Hashable, Sendable, CustomStringConvertible {
  /// The display name, `Dr A. Example`; nil for a bare address.
  public var name: String?
  /// `a.example@nhs.example`.
  public var address: String

  /// A mailbox from its parts, unchecked (`init(parsing:)` checks text).
  public init(name: String? = nil, address: String) {
    self.name = name
    self.address = address
  }

  /// `Name <address>`, or the bare address.
  public var description: String { name.map { "\($0) <\(address)>" } ?? address }
}
