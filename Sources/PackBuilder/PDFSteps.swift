import Foundation
import IndicatorModel
import PDFReport

/// `pack.pdf` and `summaries/<partner-id>.pdf` (design §6.3–6.4). Each runs as its own step,
/// so the pack and the summaries are drawn at the same time; the summaries are drawn on every
/// core, one partner per task.
enum PDFSteps {
  static let pack = BuildStep(.packPDF) { context, writer in
    let data = try BoardPackPDF.render(
      pack: context.pack, assessment: context.assessment, date: context.documentDate,
      logoPath: context.logoPath)
    try writer.write(data, to: "pack.pdf")
  }

  static let summaries = BuildStep(
    .summaries, units: { $0.pack.partners.count }
  ) { context, writer, progress in
    let partners = context.pack.partners
    let failures = partners.concurrentMap { partner -> String? in
      do {
        let data = try PartnerSummaryPDF.render(
          partner: partner, pack: context.pack, assessment: context.assessment,
          date: context.documentDate, logoPath: context.logoPath)
        try writer.write(data, to: "summaries/\(partner.id).pdf")
        progress.advance()
        return nil
      } catch {
        return "\(partner.id): \(error)"
      }
    }
    try ConcurrentFailure.throwFirst(of: failures)
  }
}

extension BuildContext {
  /// The branding logo's path, resolved against the pack folder.
  var logoPath: String? {
    pack.branding.logo.map { URL(fileURLWithPath: request.pack).appendingPathComponent($0).path }
  }
}
