import Foundation
import IndicatorModel

extension EmailSession {
  /// Every partner, or the one the request names; an unknown one is a usage error.
  func partners() throws(EmailFailure) -> [Partner] {
    let file = (request.packDirectory as NSString).appendingPathComponent("partners.yaml")
    guard let id = request.partner else {
      guard !pack.partners.isEmpty else {
        throw EmailFailure(
          "the pack has no partners (add them to partners.yaml)", path: file, isUsageError: true)
      }
      return pack.partners
    }
    guard let chosen = pack.partners.first(where: { $0.id == id }) else {
      let known = pack.partners.map(\.id).joined(separator: ", ")
      throw EmailFailure(
        "there is no partner \"\(id)\" in partners.yaml (choose from \(known))", path: file,
        isUsageError: true)
    }
    return [chosen]
  }
}
