/// Short, stable renderings of coordinates for logs and SVG-like text.
enum NumberText {
  /// A number with at most two decimals and no trailing zeros: 12, 12.5, 12.25.
  static func short(_ value: Double) -> String {
    let rounded = (value * 100).rounded() / 100
    if rounded == rounded.rounded() { return String(Int(rounded)) }
    var text = String(rounded)
    while text.hasSuffix("0") { text.removeLast() }
    return text
  }
}
