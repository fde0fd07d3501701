import Foundation

/// The JSON Lines file of messages sent, one `SendRecord` a line, appended as each one goes.
///
/// A re-run after a failure reads it to send only what was not yet sent. JSON Lines because a
/// record is appended with one `write`, so a crash can at worst leave an unfinished last line,
/// which `records()` skips: the file never needs rewriting, and a person can read it.
public struct SendLog: Sendable {
  /// The log file; it need not exist yet.
  public var url: URL

  /// A log at this path.
  public init(url: URL) {
    self.url = url
  }

  /// Every complete record, oldest first; none when the file does not exist.
  /// - Throws: `SendLogError.malformedLine` for a complete line that is not a record.
  public func records() throws -> [SendRecord] {
    guard FileManager.default.fileExists(atPath: url.path) else { return [] }
    let data = try Data(contentsOf: url)
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
    var lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    // The part after the last newline is an append that did not finish (or nothing).
    lines.removeLast()
    var records: [SendRecord] = []
    for (index, line) in lines.enumerated() where !line.isEmpty {
      do {
        records.append(try decoder.decode(SendRecord.self, from: Data(line)))
      } catch {
        throw SendLogError.malformedLine(path: url.path, line: index + 1)
      }
    }
    return records
  }

  /// The latest record for this partner, pack and period, if one was sent.
  public func record(partner: String, pack: String, period: String) throws -> SendRecord? {
    try records().last { $0.partner == partner && $0.pack == pack && $0.period == period }
  }

  /// Whether the partner's message for this pack and period was already sent.
  public func hasSent(partner: String, pack: String, period: String) throws -> Bool {
    try record(partner: partner, pack: pack, period: period) != nil
  }

  /// Adds a record at the end, creating the file and its folder when needed.
  public func append(_ record: SendRecord) throws {
    let encoder = JSONEncoder()
    encoder.dateEncodingStrategy = .iso8601
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    var line = try encoder.encode(record)
    line.append(UInt8(ascii: "\n"))
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    // O_APPEND puts each record at the end even if two runs share the file.
    let descriptor = open(url.path, O_WRONLY | O_APPEND | O_CREAT, 0o644)
    guard descriptor >= 0 else { throw SendLogError.cannotWrite(path: url.path, errno: errno) }
    defer { close(descriptor) }
    let written = line.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    guard written == line.count else {
      throw SendLogError.cannotWrite(path: url.path, errno: errno)
    }
  }
}
