import CCairo
import CDeflate
import CZlib
import Foundation

/// Writes a Cairo RGB24 image surface as an RGB PNG, its image data deflated by libdeflate.
///
/// Written by hand (about 60 lines) rather than calling `cairo_surface_write_to_png_stream` because
/// Cairo gives libpng no compression setting: its default level took ~7 ms of a ~8 ms 800×400
/// chart, over the 5 ms budget of design §10. A low level with the PNG "Sub" filter is several
/// times faster for flat chart graphics at a similar size. The image data is compressed in one call
/// by libdeflate (whole buffer in, whole buffer out), which measured a little faster than zlib's
/// `compress2` at level 1 and 16% smaller (see `compressionLevel`); zlib is kept for the chunk
/// CRCs. Both are used through their C APIs (not Swift wrappers) so bytes are stable for a given
/// library version.
enum PNGEncoder {
  /// libdeflate level 1…12. Measured on the IDAT data of the example pack's 84 chart images
  /// (1× and 2×, libdeflate 1.14, each image with a fresh compressor): level 2 took 2.8 ms an
  /// image and 49.0 KiB, level 4 2.9 ms and 48.6 KiB, level 6 3.2 ms and 46.7 KiB; zlib's level
  /// 1, used before, 3.05 ms and 58.3 KiB. libdeflate's level 1 was the slowest of all (5.5 ms:
  /// its fastest match finder does badly on the long runs of flat chart pixels), so it is not
  /// the cheap choice it is in zlib. Time is the budget here, not bytes.
  static let compressionLevel: Int32 = 2

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
    let compressed = try deflate(raw)

    var png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    var header = [UInt8]()
    header += bigEndian(UInt32(width))
    header += bigEndian(UInt32(height))
    header += [8, 2, 0, 0, 0]  // 8 bits, truecolour RGB, deflate, adaptive filters, no interlace
    appendChunk("IHDR", header, to: &png)
    appendChunk("IDAT", compressed, to: &png)
    appendChunk("IEND", [], to: &png)
    return png
  }

  /// `raw` as a zlib stream (RFC 1950, as PNG's IDAT wants), at `compressionLevel`.
  ///
  /// A compressor is allocated for each image, never shared: libdeflate's compressors are not
  /// safe to use from two threads at once, and charts are encoded on every core. Allocating one
  /// costs little beside compressing a chart (it is a few hundred kilobytes of tables).
  static func deflate(_ raw: [UInt8]) throws -> [UInt8] {
    guard let compressor = libdeflate_alloc_compressor(compressionLevel) else {
      throw RenderError("libdeflate could not allocate a compressor (level \(compressionLevel))")
    }
    defer { libdeflate_free_compressor(compressor) }
    let bound = libdeflate_zlib_compress_bound(compressor, raw.count)
    var compressed = [UInt8](repeating: 0, count: bound)
    let written = raw.withUnsafeBytes { input in
      compressed.withUnsafeMutableBytes { output in
        libdeflate_zlib_compress(
          compressor, input.baseAddress, input.count, output.baseAddress, output.count)
      }
    }
    // The bound is the worst case, so 0 ("did not fit") cannot happen; checked all the same.
    guard written > 0 else { throw RenderError("libdeflate failed compressing the PNG") }
    compressed.removeLast(compressed.count - written)
    return compressed
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
