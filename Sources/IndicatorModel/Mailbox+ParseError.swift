extension Mailbox {
  /// Why a text is not a mailbox (`init(parsing:)`). Each reader words it for its own users:
  /// the loader as a located diagnostic in `partners.yaml`, Mail as a `MessageError`.
  public enum ParseError: Error, Hashable, Sendable {
    /// A CR, LF, NEL, U+2028 or U+2029: it could add a header line.
    case lineBreak
    /// Another control character (C0, DEL, C1).
    case controlCharacter
    /// The display name, as read, holds `<`, `>` or a `"` that is not one of a pair around the
    /// whole name.
    case malformedName(String)
    /// The address, as read, is not `local@domain` in the accepted subset.
    case invalidAddress(String)
  }
}
