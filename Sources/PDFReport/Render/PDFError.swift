/// Why a PDF could not be written.
public struct PDFError: Error, CustomStringConvertible {
  /// What went wrong, in words.
  public let description: String

  init(_ description: String) { self.description = description }
}
