import Foundation
import IndicatorModel

/// Reads `Name <addr@example.org>` or a bare address, and checks the address.
///
/// A pragmatic RFC 5322 check, written by hand because no package in the project's set parses
/// mailboxes: a dot-atom local part and a domain of at least two DNS labels. Quoted local parts,
/// comments and IP literals are refused: they are legal but never used for board members, and
/// refusing them keeps header injection impossible. CR and LF are refused anywhere.
enum MailboxParser {
  struct Problem: Error {
    let message: String
  }

  static func parse(_ text: String) -> Result<Mailbox, Problem> {
    if text.unicodeScalars.contains(where: { $0 == "\r" || $0 == "\n" }) {
      return .failure(Problem(message: "recipient \(UserText.quoted(text)) contains a line break"))
    }
    if text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
      return .failure(
        Problem(message: "recipient \(UserText.quoted(text)) contains a control character"))
    }
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    var name: String?
    var address = trimmed
    if trimmed.hasSuffix(">"), let open = trimmed.lastIndex(of: "<") {
      address = String(
        trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)])
      var display = trimmed[..<open].trimmingCharacters(in: .whitespaces)
      if display.count >= 2, display.hasPrefix("\""), display.hasSuffix("\"") {
        display = String(display.dropFirst().dropLast())
      }
      if display.contains("<") || display.contains(">") || display.contains("\"") {
        return .failure(Problem(message: "recipient \(UserText.quoted(text)) has a malformed name"))
      }
      name = display.isEmpty ? nil : display
    }
    guard isValidAddress(address) else {
      return .failure(
        Problem(
          message:
            "invalid email address \(UserText.quoted(address)) (expected \"Name <name@example.org>\" or \"name@example.org\")"
        ))
    }
    return .success(Mailbox(name: name, address: address))
  }

  /// `local@domain`, dot-atom local part of at most 64 characters, domain of DNS labels.
  static func isValidAddress(_ address: String) -> Bool {
    guard address.count <= 254 else { return false }
    let parts = address.split(separator: "@", omittingEmptySubsequences: false)
    guard parts.count == 2, !parts[0].isEmpty, parts[0].count <= 64 else { return false }
    let atext = Set(
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+/=?^_`{|}~-")
    let atoms = parts[0].split(separator: ".", omittingEmptySubsequences: false)
    guard atoms.allSatisfy({ !$0.isEmpty && $0.allSatisfy { atext.contains($0) } }) else {
      return false
    }
    let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
    guard labels.count >= 2 else { return false }
    return labels.allSatisfy { label in
      !label.isEmpty && label.count <= 63 && label.first != "-" && label.last != "-"
        && label.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
    }
  }
}
