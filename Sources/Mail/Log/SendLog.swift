import Foundation

/// The JSON Lines file of messages sent, one `SendRecord` a line, appended as each one goes.
///
/// A re-run after a failure reads it to send only what was not yet sent. JSON Lines because a
/// record is appended with one `write` and flushed to disk (`fsync`) before the next message is
/// sent, so a crash can at worst leave an unfinished last line, which `records()` skips and the
/// next append removes: the file never needs rewriting, and a person can read it.
///
/// Logs where earlier versions kept it (`legacy`) still count: their records are read with the
/// log's own, and `carryOverLegacyRecords()` copies them in; they are never written.
public struct SendLog: Sendable {
  /// The log file; it need not exist yet.
  public var url: URL
  /// Logs of earlier versions that are read but never written.
  public var legacy: [URL]

  /// A log at this path, reading the `legacy` logs as well.
  public init(url: URL, legacy: [URL] = []) {
    self.url = url
    self.legacy = legacy
  }

  /// The log's path as given (relative when the URL was made from a relative path).
  public var path: String { url.relativePath }

  /// Every complete record, oldest first: the legacy logs' (those not in the log itself), then
  /// the log's own; none when no file exists.
  /// - Throws: `SendLogError.malformedLine` for a complete line that is not a record;
  ///   `FileError` when a file cannot be read.
  public func records() throws -> [SendRecord] {
    let own = try Self.read(path)
    let known = Set(own)
    var earlier: [SendRecord] = []
    for url in legacy {
      for record in try Self.read(url.relativePath) where !known.contains(record) {
        if !earlier.contains(record) { earlier.append(record) }
      }
    }
    return earlier + own
  }

  /// The latest record for this recipient group, pack and period, if one was sent.
  public func record(group: String, pack: String, period: String) throws -> SendRecord? {
    try records().last { $0.group == group && $0.pack == pack && $0.period == period }
  }

  /// Whether the group's message for this pack and period was already sent.
  public func hasSent(group: String, pack: String, period: String) throws -> Bool {
    try record(group: group, pack: pack, period: period) != nil
  }

  /// Adds a record at the end and flushes it to disk, creating the file and its folder when
  /// needed. When it throws, the log is as it was (no partial line is left behind).
  /// - Throws: `FileError` (a full disk, a folder that cannot be created, no permission).
  public func append(_ record: SendRecord) throws {
    try append([record])
  }

  /// Copies into the log the legacy logs' records it does not have, so they survive when the
  /// old files go (a build replaces the period folder that held the old log). Reads every log,
  /// so a damaged one is reported before anything is sent.
  /// - Returns: the records copied, oldest first; none when there was nothing to copy.
  /// - Throws: `SendLogError` or `FileError`, as `records()` and `append(_:)` do.
  @discardableResult
  public func carryOverLegacyRecords() throws -> [SendRecord] {
    let known = Set(try Self.read(path))
    guard !legacy.isEmpty else { return [] }
    let missing = try records().filter { !known.contains($0) }
    if !missing.isEmpty { try append(missing) }
    return missing
  }

  /// The record as the log writes it, without the newline: JSON with sorted keys.
  public static func line(for record: SendRecord) -> String {
    let encoder = JSONEncoder()
    encoder.dateEncodingStrategy = .iso8601
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    // A record is strings, string arrays and a date: encoding it cannot fail.
    return String(decoding: (try? encoder.encode(record)) ?? Data(), as: UTF8.self)
  }

  /// Appends the records as lines with one `write`, then `fsync`.
  private func append(_ records: [SendRecord]) throws {
    let lines = Data(records.map { Self.line(for: $0) + "\n" }.joined().utf8)
    let folder = url.deletingLastPathComponent().relativePath
    try Files.createFolder(folder)
    // What a crash left after the last newline is an append that never finished: dropped, so
    // the new record starts a line of its own.
    let existing = try Files.contents(path) ?? Data()
    let complete = existing.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
    let created = !FileManager.default.fileExists(atPath: path)
    // O_APPEND puts each record at the end even if another process shares the file.
    let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw FileError(.write, path: path, code: errno) }
    defer { close(descriptor) }
    if complete < existing.count { _ = ftruncate(descriptor, off_t(complete)) }
    do {
      try Files.writeAll(lines, to: descriptor, path: path)
      try Files.sync(descriptor, path: path)
    } catch {
      // A short write (the disk filled mid-line) would otherwise glue the next record on.
      _ = ftruncate(descriptor, off_t(complete))
      throw error
    }
    if created { Files.syncFolder(folder) }
  }

  /// The records of one file; none when it does not exist.
  static func read(_ path: String) throws -> [SendRecord] {
    guard let data = try Files.contents(path) else { return [] }
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
        throw SendLogError.malformedLine(path: path, line: index + 1)
      }
    }
    return records
  }
}
