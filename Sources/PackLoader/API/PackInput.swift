/// A file the loader read from the pack folder, as `manifest.json` lists it.
public struct PackInput: Sendable, Hashable {
  /// Relative to the pack folder, with `/` (`data/quarterly.csv`).
  public var path: String
  /// Lower-case hex SHA-256 of the bytes read.
  public var sha256: String
  /// The file's size in bytes.
  public var bytes: Int

  /// An input; see the properties.
  public init(path: String, sha256: String, bytes: Int) {
    self.path = path
    self.sha256 = sha256
    self.bytes = bytes
  }
}
