import CCairo
import CZlib
import Foundation

/// Writes a Cairo RGB24 image surface as an RGB PNG with zlib at a chosen level.
///
/// Written by hand (about 60 lines) rather than calling `cairo_surface_write_to_png_stream`
/// because Cairo gives libpng no compression setting: its default level took ~7 ms of a ~8 ms
/// 800×400 chart, over the 5 ms budget of design §10. A low zlib level with the PNG "Sub" filter
/// is several times faster for flat chart graphics at a similar size. zlib is used through its
/// C API (not a Swift wrapper) so bytes are stable for a given zlib version.
enum PNGEncoder {
  /// zlib level 1…9. Measured on 300 of the synthetic pack's chart images (1× and 2×, zlib
  /// 1.2.13): level 1 compressed in 3.75 ms a chart against 4.17 ms at level 3, for files 3%
  /// bigger (64.4 against 62.7 KiB); level 6 was half as fast again for 10% smaller files, and
  /// the RLE and Huffman-only strategies were no faster. Time is the budget here, not bytes.
  static let compressionLevel: Int32 = 1

  static func encode(_ surface: OpaquePointer) throws -> Data {
    cairo_surface_flush(surface)
    guard cairo_image_surface_get_format(surface) == CAIRO_FORMAT_RGB24,
      let pixels = cairo_image_surface_get_data(surface)
    else { throw RenderError("PNG encoding needs an RGB24 image surface") }
    let width = Int(cairo_image_surface_get_width(surface))
    let height = Int(cairo_image_surface_get_height(surface))
    let stride = Int(cairo_image_surface_get_stride(surface))
    let rowBytes = 1 + width * 3
    var raw = [UInt8](repeating: 0, count: rowBytes * height)
    raw.withUnsafeMutableBufferPointer { out in
      for y in 0..<height {
        let row = UnsafeRawPointer(pixels + y * stride).assumingMemoryBound(to: UInt32.self)
        let base = y * rowBytes
        out[base] = 1  // filter type Sub: each byte minus the one a pixel to the left
        var left: (UInt8, UInt8, UInt8) = (0, 0, 0)
        for x in 0..<width {
          // Cairo's RGB24 is a native-endian 0x00RRGGBB word.
          let pixel = row[x]
          let r = UInt8(truncatingIfNeeded: pixel >> 16)
          let g = UInt8(truncatingIfNeeded: pixel >> 8)
          let b = UInt8(truncatingIfNeeded: pixel)
          let at = base + 1 + x * 3
          out[at] = r &- left.0
          out[at + 1] = g &- left.1
          out[at + 2] = b &- left.2
          left = (r, g, b)
        }
      }
    }
    var compressedLength = compressBound(uLong(raw.count))
    var compressed = [UInt8](repeating: 0, count: Int(compressedLength))
    let status = compress2(&compressed, &compressedLength, raw, uLong(raw.count), compressionLevel)
    guard status == Z_OK else { throw RenderError("zlib failed compressing the PNG (\(status))") }

    var png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    var header = [UInt8]()
    header += bigEndian(UInt32(width))
    header += bigEndian(UInt32(height))
    header += [8, 2, 0, 0, 0]  // 8 bits, truecolour RGB, deflate, adaptive filters, no interlace
    appendChunk("IHDR", header, to: &png)
    appendChunk("IDAT", compressed[0..<Int(compressedLength)], to: &png)
    appendChunk("IEND", [], to: &png)
    return png
  }

  static func appendChunk(_ type: String, _ body: some Collection<UInt8>, to png: inout Data) {
    let typeBytes = Array(type.utf8)
    let bytes = Array(body)
    png.append(contentsOf: bigEndian(UInt32(bytes.count)))
    png.append(contentsOf: typeBytes)
    png.append(contentsOf: bytes)
    var crc = crc32(0, typeBytes, uInt(typeBytes.count))
    crc = bytes.withUnsafeBufferPointer { crc32(crc, $0.baseAddress, uInt($0.count)) }
    png.append(contentsOf: bigEndian(UInt32(crc)))
  }

  static func bigEndian(_ value: UInt32) -> [UInt8] {
    [
      UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF),
      UInt8(value & 0xFF),
    ]
  }
}
