/// Why the workbook could not be written, in words: what was being done and what libxlsxwriter
/// said (`cannot write row 12 of the Data sheet: …`). Nothing half-written is kept: the build
/// writes into a staging folder and discards it on any error.
public struct WorkbookError: Error, CustomStringConvertible, Equatable {
  public let description: String

  public init(_ description: String) {
    self.description = description
  }
}
