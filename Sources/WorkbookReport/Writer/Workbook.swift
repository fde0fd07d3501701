import CXlsxWriter
import Foundation

/// One workbook being written by libxlsxwriter in `constant_memory` mode: each row goes to a
/// temporary file in `temporaryFolder` as soon as the next one starts, so a sheet of 300,000
/// rows costs one row of memory; rows must therefore come in order (`SheetWriter`). Every call's
/// return code is checked, and a failure is a `WorkbookError`.
///
/// Call `close()` once, on success or failure: it writes the file and frees the library's memory.
final class Workbook {
  private let handle: UnsafeMutablePointer<lxw_workbook>
  /// The options hold this pointer until the workbook is closed (libxlsxwriter keeps it, no copy).
  private let temporaryFolder: UnsafeMutablePointer<CChar>
  private var formats: [CellStyle: UnsafeMutablePointer<lxw_format>] = [:]
  private var closed = false

  /// A workbook to be written at `path` when closed, its temporary files in `temporaryFolder`
  /// (a folder that exists).
  init(path: String, temporaryFolder folder: String) throws {
    guard let copy = strdup(folder) else { throw WorkbookError("out of memory") }
    temporaryFolder = copy
    var options = lxw_workbook_options(
      constant_memory: UInt8(LXW_TRUE.rawValue), tmpdir: copy, use_zip64: UInt8(LXW_FALSE.rawValue))
    guard let handle = workbook_new_opt(path, &options) else {
      free(copy)
      throw WorkbookError(
        "libxlsxwriter could not start the workbook (its temporary files go in \(folder))")
    }
    self.handle = handle
  }

  deinit {
    if !closed { _ = workbook_close(handle) }
    free(temporaryFolder)
  }

  /// The document properties Excel shows under File › Info. `created` is fixed by the caller
  /// (never the clock), so the same pack gives the same bytes.
  func setProperties(
    title: String, subject: String, author: String, company: String, keywords: String,
    created: time_t
  ) throws {
    // libxlsxwriter copies each string, so they need only live for the call.
    try withCStrings([title, subject, author, company, keywords]) { strings in
      var properties = lxw_doc_properties()
      properties.title = strings[0]
      properties.subject = strings[1]
      properties.author = strings[2]
      properties.company = strings[3]
      properties.keywords = strings[4]
      properties.created = created
      try check(workbook_set_properties(handle, &properties), "set the document properties")
    }
  }

  /// A new sheet, its rows written from the top.
  func addSheet(_ name: String) throws -> SheetWriter {
    guard let sheet = workbook_add_worksheet(handle, name) else {
      throw WorkbookError(
        "libxlsxwriter could not add the \(name) sheet (its temporary file could not be "
          + "created, or the name is not allowed)")
    }
    return SheetWriter(sheet: sheet, name: name, workbook: self)
  }

  /// The library's format for a style, made once per style.
  func format(_ style: CellStyle) throws -> UnsafeMutablePointer<lxw_format> {
    if let format = formats[style] { return format }
    guard let format = workbook_add_format(handle) else {
      throw WorkbookError("libxlsxwriter could not add a cell format (out of memory)")
    }
    style.apply(to: format)
    formats[style] = format
    return format
  }

  /// Writes the file and frees the workbook, whatever happened before.
  func close() throws {
    guard !closed else { return }
    closed = true
    try check(workbook_close(handle), "write the file")
  }
}

/// Throws a `WorkbookError` unless libxlsxwriter's call succeeded; `action` says what it was
/// doing ("write row 12 of the Data sheet").
func check(_ error: lxw_error, _ action: String) throws {
  guard error != LXW_NO_ERROR else { return }
  throw WorkbookError("cannot \(action): \(String(cString: lxw_strerror(error)))")
}

/// Runs `body` with C copies of `strings`, freed afterwards.
private func withCStrings<T>(
  _ strings: [String], _ body: ([UnsafeMutablePointer<CChar>]) throws -> T
) throws -> T {
  let copies = strings.compactMap { strdup($0) }
  defer { copies.forEach { free($0) } }
  guard copies.count == strings.count else { throw WorkbookError("out of memory") }
  return try body(copies)
}
