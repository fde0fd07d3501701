/// Display rounding and number formatting (methods.md §7), shared by messages, tables and charts.
///
/// Written by hand because Foundation's formatters round half-to-even from the binary value
/// (0.15 → "0.1"), and methods.md asks for half away from zero from the shortest decimal form.
public enum NumberFormat {
  /// `value` rounded half away from zero to `decimals` places, from its shortest decimal form,
  /// with thousands separators when `grouped`. Missing values are an en dash.
  public static func format(_ value: Double?, decimals: Int, grouped: Bool = true) -> String {
    guard let value, value.isFinite else { return "–" }
    var (negative, digits, exponent) = decimalDigits(of: value)
    // digits × 10^exponent is the value; keep `decimals` places after the point.
    let keep = digits.count + exponent + decimals  // digits to keep from the left
    if keep < digits.count {
      if keep < 0 {
        digits = []
      } else {
        let roundUp = digits[keep] >= 5
        digits = Array(digits[0..<keep])
        if roundUp { increment(&digits) }
      }
      exponent = -decimals
      if digits.isEmpty { digits = [0] }
    }
    // Now write digits × 10^exponent with exactly `decimals` places.
    var intPart: [Int]
    var fracPart: [Int]
    let pointPosition = digits.count + exponent  // digits before the point
    if pointPosition <= 0 {
      intPart = [0]
      fracPart = Array(repeating: 0, count: -pointPosition) + digits
    } else if pointPosition >= digits.count {
      intPart = digits + Array(repeating: 0, count: pointPosition - digits.count)
      fracPart = []
    } else {
      intPart = Array(digits[0..<pointPosition])
      fracPart = Array(digits[pointPosition...])
    }
    fracPart = Array((fracPart + Array(repeating: 0, count: max(0, decimals))).prefix(decimals))
    while intPart.count > 1 && intPart.first == 0 { intPart.removeFirst() }
    let isZero = intPart.allSatisfy { $0 == 0 } && fracPart.allSatisfy { $0 == 0 }
    // Written as ASCII bytes, not joined one-digit strings: a large dashboard formats some
    // million numbers.
    var text: [UInt8] = negative && !isZero ? [UInt8(ascii: "-")] : []
    for (i, digit) in intPart.enumerated() {
      if grouped && intPart.count > 3 && i > 0 && (intPart.count - i) % 3 == 0 {
        text.append(UInt8(ascii: ","))
      }
      text.append(UInt8(ascii: "0") + UInt8(digit))
    }
    if decimals > 0 {
      text.append(UInt8(ascii: "."))
      text += fracPart.map { UInt8(ascii: "0") + UInt8($0) }
    }
    return String(decoding: text, as: UTF8.self)
  }

  /// The shortest round-trip decimal digits of a finite double: sign, digits, power of ten.
  static func decimalDigits(of value: Double) -> (Bool, [Int], Int) {
    let text = "\(abs(value))"  // Swift prints the shortest string that reads back the same
    // Read as ASCII bytes, not Characters: `Character.wholeNumberValue` looks up Unicode
    // properties for every digit.
    let bytes = Array(text.utf8)
    var mantissa = bytes[...]
    var exponent = 0
    if let e = bytes.firstIndex(where: { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) {
      mantissa = bytes[..<e]
      exponent = Int(String(decoding: bytes[(e + 1)...], as: UTF8.self)) ?? 0
    }
    var digits: [Int] = []
    var afterPoint = 0
    var seenPoint = false
    for byte in mantissa {
      if byte == UInt8(ascii: ".") {
        seenPoint = true
      } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
        digits.append(Int(byte - UInt8(ascii: "0")))
        if seenPoint { afterPoint += 1 }
      }
    }
    exponent -= afterPoint
    while digits.count > 1 && digits.first == 0 { digits.removeFirst() }
    return (value < 0, digits, exponent)
  }

  static func increment(_ digits: inout [Int]) {
    var i = digits.count - 1
    while i >= 0 {
      if digits[i] == 9 {
        digits[i] = 0
        i -= 1
      } else {
        digits[i] += 1
        return
      }
    }
    digits.insert(1, at: 0)
  }
}

extension Measure {
  /// A value as the board reads it: "55.0%", "11.7 per 1,000", "1,684"; missing is "–".
  public func display(_ value: Double?) -> String {
    guard let value else { return "–" }
    let number = NumberFormat.format(value, decimals: decimals)
    if unit.isEmpty { return number }
    if unit == "%" { return number + "%" }
    return number + " " + unit
  }

  /// A difference in the measure's unit: "25.0 points" for percentages, else in the unit.
  public func displayDifference(_ difference: Double) -> String {
    let number = NumberFormat.format(abs(difference), decimals: decimals)
    if unit == "%" { return number + (number == "1.0" || number == "1" ? " point" : " points") }
    return unit.isEmpty ? number : number + " " + unit
  }
}

extension Measure {
  /// Two figures at the measure's decimals, with up to two more places when they would
  /// otherwise read the same ("0.131% vs 0.128%", not "0.13% vs 0.13%"): a sentence that says a
  /// figure went up must not show it unchanged.
  public func displayDistinct(_ a: Double, _ b: Double) -> (String, String) {
    var measure = self
    for extra in 0...2 {
      measure.decimals = decimals + extra
      let pair = (measure.display(a), measure.display(b))
      if pair.0 != pair.1 || a == b || extra == 2 { return pair }
    }
    return (display(a), display(b))
  }
}

extension Measure {
  /// The fewest decimal places, from the measure's own up to `extra` more, at which every
  /// nonzero figure of `values` reads as nonzero and any two different figures read
  /// differently: Leeds's 0.0088% beside a neighbour's 0.01278% and England's 0.09651% reads
  /// "0.009%", "0.013%" and "0.097%", not "0.01%" twice. Past `extra` more places it stops: figures that
  /// close are the same to anyone reading them.
  public func distinctDecimals(_ values: [Double], extra: Int = 3) -> Int {
    let figures = Array(Set(values.filter(\.isFinite))).sorted()
    for places in decimals...(decimals + max(0, extra)) {
      let shown = figures.map { NumberFormat.format($0, decimals: places) }
      let zero = NumberFormat.format(0, decimals: places)
      let hidesNonzero = zip(figures, shown).contains { $0.0 != 0 && $0.1 == zero }
      if !hidesNonzero && Set(shown).count == shown.count { return places }
    }
    return decimals + max(0, extra)
  }
}

extension Measure {
  /// A target as people write it: "80%" for a whole-number target, else at the measure's
  /// decimals.
  public func displayTarget(_ value: Double) -> String {
    var measure = self
    if value == value.rounded() { measure.decimals = 0 }
    return measure.display(value)
  }
}
