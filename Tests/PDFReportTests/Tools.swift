import Foundation
import TestSupport

/// Runs an independent PDF tool (qpdf, poppler) and returns its status and output.
func tool(_ name: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
  try Tool.run("/usr/bin/" + name, arguments)
}

/// Writes PDF bytes to a fresh temporary file for the tools to read.
func save(_ data: Data, as name: String) throws -> URL {
  let folder = try TestFolder.make("pdfreport")
  let url = folder.appendingPathComponent(name)
  try data.write(to: url)
  return url
}

/// pdftotext -raw (drawing order) of a PDF with every run of white space made one space, so text that
/// wrapped reads as it was written.
func text(of url: URL, first: Int? = nil, last: Int? = nil) throws -> String {
  var arguments: [String] = []
  if let first { arguments += ["-f", "\(first)"] }
  if let last { arguments += ["-l", "\(last)"] }
  let raw = try tool("pdftotext", ["-raw"] + arguments + [url.path, "-"]).output
  return raw.split(whereSeparator: \.isWhitespace).joined(separator: " ")
}

/// The value of a `pdfinfo` field ("Pages", "Title").
func info(_ field: String, of url: URL) throws -> String? {
  let output = try tool("pdfinfo", [url.path]).output
  for line in output.split(separator: "\n") where line.hasPrefix(field + ":") {
    return line.dropFirst(field.count + 1).trimmingCharacters(in: .whitespaces)
  }
  return nil
}
