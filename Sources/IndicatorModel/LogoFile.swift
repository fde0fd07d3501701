import Foundation

/// What a branding logo may be: the image types a browser shows in `<img>`, recognised by their
/// first bytes as well as their name, and small enough to embed in every dashboard.
public enum LogoFile {
  /// The largest logo: it is embedded, base64-encoded, in each `index.html`.
  public static let maxBytes = 1_048_576

  /// File extension → MIME type.
  public static let types: [String: String] = [
    "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif",
    "svg": "image/svg+xml", "webp": "image/webp",
  ]

  /// The MIME type for a file name, nil for a type a browser cannot show in `<img>`.
  public static func mimeType(forFileName name: String) -> String? {
    types[(name as NSString).pathExtension.lowercased()]
  }

  /// Why these bytes cannot be the logo named `name`, as the end of a sentence; nil when they
  /// can.
  public static func problem(with data: Data, fileName name: String) -> String? {
    guard let type = mimeType(forFileName: name) else {
      return "must be a PNG, JPEG, GIF, SVG or WebP file (named .png, .jpg, .gif, .svg or .webp)"
    }
    guard data.count <= maxBytes else {
      let megabytes = NumberFormat.format(Double(data.count) / 1_048_576, decimals: 1)
      return "is \(megabytes) MB; a logo may be at most 1 MB (it is embedded in every dashboard)"
    }
    guard matches(data, type) else {
      return "is not a \(type.dropFirst("image/".count).uppercased()) file, whatever its name says"
    }
    return nil
  }

  /// The file's signature agrees with the type its name gives.
  static func matches(_ data: Data, _ type: String) -> Bool {
    let bytes = [UInt8](data.prefix(1024))
    func starts(_ prefix: [UInt8], at offset: Int = 0) -> Bool {
      bytes.count >= offset + prefix.count && Array(bytes[offset..<offset + prefix.count]) == prefix
    }
    switch type {
    case "image/png": return starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    case "image/jpeg": return starts([0xFF, 0xD8, 0xFF])
    case "image/gif": return starts(Array("GIF87a".utf8)) || starts(Array("GIF89a".utf8))
    case "image/webp": return starts(Array("RIFF".utf8)) && starts(Array("WEBP".utf8), at: 8)
    case "image/svg+xml":
      return String(decoding: bytes, as: UTF8.self).contains("<svg")
    default: return false
    }
  }
}
