/// The file formats a chart renders to.
public enum ChartFormat: Hashable, Sendable {
  /// A bitmap at `scale` pixels per canvas unit (1 for screens, 2 for high-density displays).
  case png(scale: Double)
  /// Scalable vector graphics, sized in CSS pixels, with a `<title>` holding the alt text.
  case svg
  /// One PDF page, 0.75 pt per canvas unit (a canvas unit is a CSS pixel, 1/96 inch).
  case pdf

  /// The usual file extension.
  public var fileExtension: String {
    switch self {
    case .png: "png"
    case .svg: "svg"
    case .pdf: "pdf"
    }
  }

  /// The format a file name asks for (`.png` at 1×), or nil for anything else.
  public init?(fileExtension: String) {
    switch fileExtension.lowercased() {
    case "png": self = .png(scale: 1)
    case "svg": self = .svg
    case "pdf": self = .pdf
    default: return nil
    }
  }
}
