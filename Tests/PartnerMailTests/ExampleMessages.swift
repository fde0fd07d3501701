import Analysis
import Foundation
import IndicatorModel
import Mail
import PackLoader
import PartnerMail

/// The repository's example pack, assessed, and its partners' messages.
enum ExampleMessages {
  /// The repository root, from this file's place in `Tests/PartnerMailTests/`.
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static let packFolder = root.appendingPathComponent("Indicators").path

  struct LoadFailure: Error, CustomStringConvertible {
    let description: String
  }

  /// The example pack at a reporting period.
  static func assessed(_ label: String) throws -> (Pack, Assessment) {
    let result = PackLoader.load(from: packFolder)
    guard let pack = result.pack, result.errorCount == 0 else {
      throw LoadFailure(description: "the example pack has errors: \(result.diagnostics)")
    }
    let assessment = Assessor.assess(
      pack, period: Period(anyLabel: label), generatorVersion: "test")
    return (pack, assessment)
  }

  static let sender = Mailbox(
    name: "Stockport Performance Team", address: "performance@stockport.example")

  /// 30 June 2014 09:00:00 UTC.
  static let date = Date(timeIntervalSince1970: 1_404_118_800)

  /// The context for one partner at a period.
  static func context(_ partnerID: String, period label: String, packURL: PackURL? = nil) throws
    -> EmailContext
  {
    let (pack, assessment) = try assessed(label)
    let partner = try partner(partnerID, in: pack)
    guard let period = assessment.period else { throw LoadFailure(description: "no period") }
    return EmailContext(
      partner: partner, pack: pack, assessment: assessment, period: period,
      attachment: PartnerMessages.attachmentName(partner: partner, period: period),
      sender: sender, packURL: packURL)
  }

  static func partner(_ id: String, in pack: Pack) throws -> Partner {
    guard let partner = pack.partners.first(where: { $0.id == id }) else {
      throw LoadFailure(description: "no partner \(id)")
    }
    return partner
  }
}
