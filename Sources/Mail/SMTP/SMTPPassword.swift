/// A password that never shows itself: not in `print`, string interpolation, `dump` or errors.
///
/// Settings and errors are printed to terminals and CI logs; the password is only ever read by
/// the transport, through `revealed`, at the moment it is handed to libcurl.
public struct SMTPPassword: Hashable, Sendable, CustomStringConvertible,
  CustomDebugStringConvertible, CustomReflectable
{
  private let value: String

  /// Wraps a password.
  public init(_ value: String) { self.value = value }

  /// The password itself, for libcurl and for scrubbing text that might echo it.
  public var revealed: String { value }

  /// Always `<redacted>`.
  public var description: String { "<redacted>" }
  /// Always `<redacted>`.
  public var debugDescription: String { "<redacted>" }
  /// No children, so `dump` and mirrors show nothing of the value.
  public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }
}
