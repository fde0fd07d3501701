import Foundation
import IndicatorModel
import MailTestSupport
import Testing

@testable import Mail

/// The JSON Lines send log: what is written, what is read back, and damaged files.
@Suite struct SendLogTests {
  static func record(_ partner: String, period: String = "2013/14 Q4", at seconds: Double = 0)
    -> SendRecord
  {
    SendRecord(
      pack: "stockport-childrens-trust", period: period, group: partner,
      recipients: ["a.example@nhs.example"], messageID: "<boardpack.1@stockport.example>",
      attachments: [.init(fileName: "\(partner).pdf", sha256: String(repeating: "ab", count: 32))],
      sentAt: Date(timeIntervalSince1970: 1_404_118_800 + seconds))
  }

  @Test func writesOneJSONObjectPerLine() throws {
    let folder = try Fixtures.temporaryFolder("log")
    defer { try? FileManager.default.removeItem(at: folder) }
    let log = SendLog(url: folder.appendingPathComponent("email/send-log.jsonl"))
    try log.append(Self.record("health"))
    let text = try String(contentsOf: log.url, encoding: .utf8)
    #expect(
      text
        == #"{"attachments":[{"file_name":"health.pdf","sha256":"\#(String(repeating: "ab", count: 32))"}],"message_id":"<boardpack.1@stockport.example>","pack":"stockport-childrens-trust","partner":"health","period":"2013/14 Q4","recipients":["a.example@nhs.example"],"sent_at":"2014-06-30T09:00:00Z"}"#
        + "\n")
  }

  @Test func readsBackWhatWasAppended() throws {
    let folder = try Fixtures.temporaryFolder("log")
    defer { try? FileManager.default.removeItem(at: folder) }
    let log = SendLog(url: folder.appendingPathComponent("send-log.jsonl"))
    #expect(try log.records() == [])
    let records = [
      Self.record("health"), Self.record("police", at: 5),
      Self.record("health", period: "2019/20 Q2"),
    ]
    for record in records { try log.append(record) }
    #expect(try log.records() == records)
    #expect(
      try log.hasSent(group: "police", pack: "stockport-childrens-trust", period: "2013/14 Q4"))
    #expect(
      try !log.hasSent(group: "police", pack: "stockport-childrens-trust", period: "2019/20 Q2"))
    #expect(try !log.hasSent(group: "police", pack: "another-pack", period: "2013/14 Q4"))
    #expect(
      try !log.hasSent(group: "schools", pack: "stockport-childrens-trust", period: "2013/14 Q4"))
  }

  @Test func skipsAnUnfinishedLastLine() throws {
    let folder = try Fixtures.temporaryFolder("log")
    defer { try? FileManager.default.removeItem(at: folder) }
    let log = SendLog(url: folder.appendingPathComponent("send-log.jsonl"))
    try log.append(Self.record("health"))
    let handle = try FileHandle(forWritingTo: log.url)
    try handle.seekToEnd()
    try handle.write(contentsOf: Data(#"{"pack":"stockport-chi"#.utf8))
    try handle.close()
    #expect(try log.records() == [Self.record("health")])
  }

  @Test func reportsAMalformedLineByNumber() throws {
    let folder = try Fixtures.temporaryFolder("log")
    defer { try? FileManager.default.removeItem(at: folder) }
    let log = SendLog(url: folder.appendingPathComponent("send-log.jsonl"))
    try log.append(Self.record("health"))
    try Data((try String(contentsOf: log.url, encoding: .utf8) + "not json\n").utf8).write(
      to: log.url)
    #expect(throws: SendLogError.malformedLine(path: log.url.path, line: 2)) { try log.records() }
    #expect(
      SendLogError.malformedLine(path: "x.jsonl", line: 2).description
        == "x.jsonl:2: error: this line of the send log is not a send record; correct it or delete it (each line records one message sent, and a partner with no line is sent again)"
    )
  }

  @Test func aFullDiskIsAnErrorNamingThePathAndTheLogIsUnchanged() throws {
    let folder = try Fixtures.temporaryFolder("log")
    defer { try? FileManager.default.removeItem(at: folder) }
    let url = folder.appendingPathComponent("sent.jsonl")
    try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: "/dev/full")
    let log = SendLog(url: url)
    #expect(try log.records() == [])
    #expect(throws: FileError(.write, path: url.path, code: ENOSPC)) {
      try log.append(Self.record("health"))
    }
    #expect(
      FileError(.write, path: "Output/sent.jsonl", code: ENOSPC).description
        == "Output/sent.jsonl: error: cannot write: No space left on device (the disk is full: free some space, then run the command again)"
    )
  }

  @Test func theNextAppendDropsAnUnfinishedLastLine() throws {
    let folder = try Fixtures.temporaryFolder("log")
    defer { try? FileManager.default.removeItem(at: folder) }
    let log = SendLog(url: folder.appendingPathComponent("sent.jsonl"))
    try log.append(Self.record("health"))
    let handle = try FileHandle(forWritingTo: log.url)
    try handle.seekToEnd()
    try handle.write(contentsOf: Data(#"{"pack":"stockport-chi"#.utf8))
    try handle.close()
    try log.append(Self.record("police"))
    #expect(try log.records() == [Self.record("health"), Self.record("police")])
    let text = try String(contentsOf: log.url, encoding: .utf8)
    #expect(text.split(separator: "\n").count == 2 && text.hasSuffix("}\n"))
  }

  @Test func aFileInThePlaceOfTheFolderIsAnErrorNamingIt() throws {
    let folder = try Fixtures.temporaryFolder("log")
    defer { try? FileManager.default.removeItem(at: folder) }
    let blocker = folder.appendingPathComponent("email")
    try Data("not a folder".utf8).write(to: blocker)
    let log = SendLog(url: blocker.appendingPathComponent("2013-14-q4/sent.jsonl"))
    #expect(throws: FileError(.createFolder, path: blocker.path, code: ENOTDIR)) {
      try log.append(Self.record("health"))
    }
    #expect(
      FileError(.createFolder, path: "Output/x/email", code: ENOTDIR).description
        == "Output/x/email: error: cannot create the folder: Not a directory (a file is in the way where a folder should be: move it aside)"
    )
  }

  @Test func legacyRecordsCountAndAreCarriedOverOnce() throws {
    let folder = try Fixtures.temporaryFolder("log")
    defer { try? FileManager.default.removeItem(at: folder) }
    let old = SendLog(url: folder.appendingPathComponent("old/sent.jsonl"))
    let staged = SendLog(url: folder.appendingPathComponent("staged/sent.jsonl"))
    try old.append(Self.record("health"))
    try old.append(Self.record("police", at: 5))
    // A build's staged copy of the same log, plus nothing new.
    try staged.append(Self.record("health"))
    let log = SendLog(
      url: folder.appendingPathComponent("new/sent.jsonl"), legacy: [old.url, staged.url])
    try log.append(Self.record("schools", at: 9))
    #expect(
      try log.records() == [
        Self.record("health"), Self.record("police", at: 5), Self.record("schools", at: 9),
      ])
    #expect(
      try log.hasSent(group: "police", pack: "stockport-childrens-trust", period: "2013/14 Q4"))
    #expect(
      try log.carryOverLegacyRecords() == [Self.record("health"), Self.record("police", at: 5)])
    #expect(try log.carryOverLegacyRecords() == [])
    // The new log alone now has them all; the old ones are never written.
    #expect(try SendLog(url: log.url).records().count == 3)
    #expect(try old.records().count == 2 && staged.records().count == 1)
  }
}

/// Where the send log, drafts and lock live, outside the period folder a build replaces.
@Suite struct SendFolderTests {
  static let period = Period("2013/14 Q4", periodicity: .financialQuarter)!

  @Test func pathsAreUnderThePacksEmailFolder() {
    let folder = SendFolder(output: "Output", pack: "stockport-cyp", period: Self.period)
    #expect(folder.path == "Output/stockport-cyp/email/2013-14-q4")
    #expect(folder.log == "Output/stockport-cyp/email/2013-14-q4/sent.jsonl")
    #expect(folder.lock == "Output/stockport-cyp/email/2013-14-q4/.lock")
    #expect(folder.draft(group: "health") == "Output/stockport-cyp/email/2013-14-q4/health.eml")
    #expect(folder.draft(group: "../x") == "Output/stockport-cyp/email/2013-14-q4/___x.eml")
  }

  @Test func legacyLogsAreThePeriodFoldersAndThoseABuildLeftBeside() throws {
    let output = try Fixtures.temporaryFolder("sendfolder")
    defer { try? FileManager.default.removeItem(at: output) }
    let folder = SendFolder(output: output.path, pack: "stockport-cyp", period: Self.period)
    #expect(folder.legacyLogs() == [])
    let pack = output.appendingPathComponent("stockport-cyp")
    for name in ["2013-14-q4", ".2013-14-q4.building-77.previous", "2019-20-q2"] {
      let log = pack.appendingPathComponent("\(name)/email/sent.jsonl")
      try FileManager.default.createDirectory(
        at: log.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data().write(to: log)
    }
    #expect(
      folder.legacyLogs() == [
        pack.appendingPathComponent("2013-14-q4/email/sent.jsonl").path,
        pack.appendingPathComponent(".2013-14-q4.building-77.previous/email/sent.jsonl").path,
      ])
  }
}
