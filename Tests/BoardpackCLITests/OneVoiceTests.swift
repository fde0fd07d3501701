import Foundation
import MailTestSupport
import Testing
import TestSupport

/// One voice: each exception's reasons, as `boardpack exceptions` prints them, appear word for
/// word in the dashboard's text, in `pdftotext` of pack.pdf, and in the email body and PDF
/// summary of every partner the exception concerns (whitespace normalised, since PDF lines
/// wrap), for both meetings of the example pack; so do its readings, in the dashboard, pack.pdf
/// and the summaries (the emails give the reasons only).
@Suite struct OneVoiceTests {
  /// Runs of spaces and line breaks as one space.
  static func normalised(_ text: String) -> String {
    text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }

  /// Each exception's title, the reasons listed under it ("   - …") and the text of its
  /// readings ("     England: 67.0%; significantly worse" gives "67.0%; significantly worse").
  static func reasons(_ exceptions: String) -> [(
    title: String, reasons: [String], readings: [String]
  )] {
    exceptions.components(separatedBy: "\n\n").compactMap { block in
      let lines = block.split(separator: "\n").map(String.init)
      guard let first = lines.first, first.first?.isNumber == true,
        let open = first.firstIndex(of: "]")
      else { return nil }
      var title = String(first[first.index(after: open)...]).trimmingCharacters(in: .whitespaces)
      if let period = title.range(of: " (", options: .backwards) {
        title = String(title[..<period.lowerBound])
      }
      let reasons = lines.filter { $0.hasPrefix("   - ") }.map { String($0.dropFirst(5)) }
      let readings = lines.filter { $0.hasPrefix("     ") }.compactMap { line in
        line.range(of: ": ").map { String(line[$0.upperBound...]) }
      }
      return (title, reasons, readings)
    }
  }

  /// The visible text of an HTML page.
  static func htmlText(_ file: URL) throws -> String {
    let script = """
      import html, re, sys
      t = open(sys.argv[1], encoding="utf-8").read()
      t = re.sub(r"<(script|style|svg)[^>]*>.*?</\\1>", " ", t, flags=re.S)
      t = re.sub(r"<[^>]+>", " ", t)
      print(html.unescape(t))
      """
    let (status, text) = try Tool.run("/usr/bin/env", ["python3", "-c", script, file.path])
    #expect(status == 0, "\(text)")
    return text
  }

  static func pdfText(_ file: URL) throws -> String {
    let (status, text) = try Tool.run("/usr/bin/env", ["pdftotext", file.path, "-"])
    #expect(status == 0, "\(text)")
    return text
  }

  @Test(arguments: ["2013/14 Q4", "2019/20 Q2"])
  func everyOutputSaysTheSameReasons(period: String) throws {
    let folder = try ExamplePack.copy()
    let listed = try BoardpackProcess.run(["exceptions", "--period", period], in: folder)
    #expect(listed.status == 0, "\(listed.stderr)")
    let exceptions = Self.reasons(listed.stdout)
    #expect(!exceptions.isEmpty)
    #expect(exceptions.allSatisfy { !$0.reasons.isEmpty })

    let build = try BoardpackProcess.run(["build", "--period", period], in: folder)
    #expect(build.status == 0, "\(build.stderr)")
    let slug = period.lowercased().replacingOccurrences(of: "/", with: "-")
      .replacingOccurrences(of: " ", with: "-")
    let packFolder = folder.appendingPathComponent("Output/stockport-cyp/\(slug)")
    let dashboard = Self.normalised(
      try Self.htmlText(packFolder.appendingPathComponent("index.html")))
    let pack = Self.normalised(try Self.pdfText(packFolder.appendingPathComponent("pack.pdf")))

    let drafts = try BoardpackProcess.run(["email", "--dry-run", "--period", period], in: folder)
    #expect(drafts.status == 0, "\(drafts.stderr)")
    let emailFolder = folder.appendingPathComponent("Output/stockport-cyp/email/\(slug)")
    var partnerTexts: [(email: String, summary: String)] = []
    for name in try FileManager.default.contentsOfDirectory(atPath: emailFolder.path)
    where name.hasSuffix(".eml") {
      let message = try ParsedMessage.read(emailFolder.appendingPathComponent(name))
      let partner = String(name.dropLast(4))
      let summary = packFolder.appendingPathComponent("summaries/\(partner).pdf")
      partnerTexts.append(
        (Self.normalised(message.text ?? ""), Self.normalised(try Self.pdfText(summary))))
    }
    #expect(partnerTexts.count == 4)

    var partnerMentions = 0
    for exception in exceptions {
      for reason in exception.reasons.map(Self.normalised) {
        #expect(dashboard.contains(reason), "dashboard lacks: \(reason)")
        #expect(pack.contains(reason), "pack.pdf lacks: \(reason)")
      }
      #expect(exception.readings.count >= 2, "\(exception.title) has too few readings")
      for reading in exception.readings.map(Self.normalised) {
        #expect(dashboard.contains(reading), "dashboard lacks the reading: \(reading)")
        #expect(pack.contains(reading), "pack.pdf lacks the reading: \(reading)")
      }
      for texts in partnerTexts where texts.email.contains(exception.title) {
        partnerMentions += 1
        for reason in exception.reasons.map(Self.normalised) {
          #expect(texts.email.contains(reason), "an email lacks: \(reason)")
          #expect(texts.summary.contains(reason), "a summary lacks: \(reason)")
        }
        for reading in exception.readings.map(Self.normalised) {
          #expect(texts.summary.contains(reading), "a summary lacks the reading: \(reading)")
        }
      }
    }
    #expect(partnerMentions > 0)
  }

  /// The headline is one sentence, the same in the CLI, the dashboard, pack.pdf and (for the
  /// whole pack's counts) nowhere worded differently.
  @Test func theHeadlineIsOneSentence() throws {
    let folder = try ExamplePack.copy()
    let listed = try BoardpackProcess.run(["exceptions"], in: folder)
    let sentence =
      "14 indicators: 1 red, 1 amber, 0 green and 12 without a target. 5 need the board's "
      + "attention."
    #expect(listed.stdout.contains(sentence))
    let build = try BoardpackProcess.run(["build"], in: folder)
    #expect(build.status == 0, "\(build.stderr)")
    let packFolder = folder.appendingPathComponent("Output/stockport-cyp/2013-14-q4")
    let dashboard = try Self.htmlText(packFolder.appendingPathComponent("index.html"))
    #expect(Self.normalised(dashboard).contains(sentence))
    let pack = try Self.pdfText(packFolder.appendingPathComponent("pack.pdf"))
    #expect(Self.normalised(pack).contains(sentence))
    #expect(!dashboard.contains("measures:"))
  }
}
