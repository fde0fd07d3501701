import Charts

extension Icon {
  /// The id of its `<symbol>` in the page's sprite.
  var symbolID: String {
    let name: String =
      switch self {
      case .rag(let status): "rag-\(status.rawValue)"
      case .movement(let way, let meaning): "movement-\(way.rawValue)-\(meaning.rawValue)"
      case .variation(let icon): "variation-\(icon.rawValue)"
      case .assurance(let icon): "assurance-\(icon.rawValue)"
      }
    return "bp-icon-" + name.replacingOccurrences(of: " ", with: "-")
  }

  /// The drawing size of a dashboard icon in canvas units (CSS pixels).
  static let dashboardSide = 40.0
}
