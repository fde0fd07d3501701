import ArgumentParser
import PartnerMail

extension EmailCommand {
  /// A `--pack-url` that is not an http: or https: address is a usage error (exit 64).
  func validate() throws {
    _ = try link()
  }

  /// `--pack-url`, checked.
  func link() throws -> PackURL? {
    guard let packURL else { return nil }
    do {
      return try PackURL(packURL)
    } catch {
      throw ValidationError(
        "--pack-url \"\(PackURLError.visible(packURL))\" was refused: \(error.why); \(PackURLError.accepted)"
      )
    }
  }
}
