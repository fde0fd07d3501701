import Foundation

/// Where the full pack is published (`--pack-url`), checked to be an absolute `http:` or
/// `https:` address with a host.
///
/// The address becomes a link in every partner's message, so anything else is refused when the
/// value is made: a `javascript:`, `data:` or `file:` link, a relative path, or a link that hides
/// its real host behind a user name (`https://intranet.example.org@elsewhere.example`), and
/// any character a URL cannot hold unencoded (spaces, line breaks, quotes, `<`, `>`).
public struct PackURL: Hashable, Sendable, CustomStringConvertible {
  /// The address as given.
  public let text: String

  /// The address, if it is one boardpack links to.
  /// - Throws: `PackURLError` saying why not.
  public init(_ text: String) throws(PackURLError) {
    func refuse(_ reason: PackURLError.Reason) -> PackURLError {
      PackURLError(value: text, reason: reason)
    }
    if let character = text.unicodeScalars.first(where: { !Self.allowed.contains($0) }) {
      throw refuse(.character(String(character)))
    }
    guard let components = URLComponents(string: text), let scheme = components.scheme else {
      throw refuse(.notAbsolute)
    }
    guard ["http", "https"].contains(scheme.lowercased()) else { throw refuse(.scheme(scheme)) }
    guard let host = components.host, !host.isEmpty else { throw refuse(.noHost) }
    guard components.user == nil, components.password == nil else { throw refuse(.userInfo) }
    self.text = text
  }

  /// The address as given.
  public var description: String { text }

  /// The characters of an RFC 3986 URL: unreserved, reserved and `%` (for escapes). A space, a
  /// quote, `<`, `>` or a non-ASCII letter must be percent-encoded.
  static let allowed = CharacterSet(
    charactersIn:
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=%")
}
