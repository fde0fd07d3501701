/// Why a pack URL was refused.
public struct PackURLError: Error, Hashable, Sendable, CustomStringConvertible {
  /// What is wrong with it.
  public enum Reason: Hashable, Sendable {
    /// It has a scheme other than `http` or `https`.
    case scheme(String)
    /// It has no scheme, or cannot be read as a URL at all.
    case notAbsolute
    /// `http://` with nothing after it, or `https:/path`.
    case noHost
    /// It holds a user name or password before the host.
    case userInfo
    /// It holds a character a URL cannot hold unencoded: a space, a line break, a quote, `<`.
    case character(String)
  }

  /// The value as given.
  public var value: String
  /// Why it was refused.
  public var reason: Reason

  /// An error for a value.
  public init(value: String, reason: Reason) {
    self.value = value
    self.reason = reason
  }

  /// Why, in words: `it is a javascript: address`.
  public var why: String {
    switch reason {
    case .scheme(let scheme): return "it is a \(scheme): address, not a web page"
    case .notAbsolute: return "it is not an absolute address"
    case .noHost: return "it names no host"
    case .userInfo: return "it holds a user name or password before the host"
    case .character(let character):
      let shown = character == " " ? "a space" : "\"\(Self.visible(character))\""
      return
        "it holds \(shown), which a URL cannot hold unencoded (percent-encode it: a space is %20)"
    }
  }

  /// What is accepted, for the end of the sentence.
  public static let accepted =
    "only absolute http: and https: URLs with a host are accepted, e.g. https://intranet.example.org/board-packs/2013-14-q4/"

  /// `the pack URL "javascript:alert(1)" was refused: …; only … are accepted, e.g. …`.
  public var description: String {
    "the pack URL \"\(Self.visible(value))\" was refused: \(why); \(Self.accepted)"
  }

  /// The value with control characters escaped, so the message stays on one line.
  public static func visible(_ text: String) -> String {
    text.unicodeScalars.map {
      $0.value < 0x20 || $0.value == 0x7F ? $0.escaped(asASCII: true) : String($0)
    }.joined()
  }
}
