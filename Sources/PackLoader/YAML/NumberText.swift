import Foundation
import IndicatorModel

/// Numbers as people write them in spreadsheets and YAML: `74588`, `"74,588"`, `-0.5`, `1e3`.
enum NumberText {
  enum Reading: Equatable {
    /// A finite number and the count of decimal places written (`55.0` → 1).
    case number(Double, decimals: Int)
    /// An empty cell.
    case missing
    case invalid
  }

  static func parse(_ raw: String) -> Reading {
    let text = raw.trimmingSpaces()
    if text.isEmpty { return .missing }
    var plain = text
    if text.utf8.contains(UInt8(ascii: ",")) {
      // Thousands separators only where they belong: 1,234,567.5 — not 1,23 or 12,34,567.
      let integerPart = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)[
        0]
      let unsigned =
        integerPart.hasPrefix("-") || integerPart.hasPrefix("+")
        ? integerPart.dropFirst() : integerPart[...]
      let groups = unsigned.split(separator: ",", omittingEmptySubsequences: false)
      guard let first = groups.first, (1...3).contains(first.count),
        groups.dropFirst().allSatisfy({ $0.count == 3 }),
        groups.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } })
      else { return .invalid }
      plain = text.replacingOccurrences(of: ",", with: "")
    }
    // Only plain decimal notation: Double("nan"), "inf" and hex floats are not data. Checked
    // on the UTF-8 bytes, as every data cell passes through here.
    let bytes = plain.utf8
    guard bytes.allSatisfy(isNumberByte), bytes.contains(where: isDigit),
      let value = Double(plain), value.isFinite
    else { return .invalid }
    var decimals = 0
    if let point = bytes.firstIndex(of: UInt8(ascii: ".")) {
      decimals = bytes[bytes.index(after: point)...].prefix(while: isDigit).count
    }
    return .number(value, decimals: decimals)
  }

  static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

  /// One of `0123456789+-.eE`.
  static func isNumberByte(_ byte: UInt8) -> Bool {
    isDigit(byte) || byte == 0x2B || byte == 0x2D || byte == 0x2E || byte == 0x65 || byte == 0x45
  }

  /// `is not a number`, with the fix for the usual mistakes.
  static func notANumber(_ text: String) -> String {
    let trimmed = text.trimmingSpaces()
    if trimmed.utf8.count < 40, trimmed.hasSuffix("%"),
      case .number = parse(String(trimmed.dropLast()))
    {
      return
        "\(UserText.quoted(text)) is not a number (write \(trimmed.dropLast()) and set measure.unit to \"%\")"
    }
    return "\(UserText.quoted(text)) is not a number"
  }
}
