import CCairo
import CDeflate
import CZlib
import Foundation

/// Writes a Cairo RGB24 image surface as an RGB PNG, its image data deflated by libdeflate.
///
/// Written by hand rather than calling `cairo_surface_write_to_png_stream` because Cairo gives
/// libpng no compression setting, and its default level alone would spend a chart's whole time
/// budget (design §10); a low level with no row filter (see `rows`) is several times faster
/// for flat chart graphics at a similar size. The image data is compressed in one call by
/// libdeflate (whole buffer in, whole buffer out), faster and smaller than zlib's `compress2`;
/// zlib is kept for the chunk CRCs. Both are used through their C APIs (not Swift wrappers) so
/// bytes are stable for a given library version. Measurements: docs/performance.md, "PNG".
enum PNGEncoder {
  /// libdeflate level 1…12: 2 is the fastest on chart images, since libdeflate's level 1 does
  /// badly on long runs of flat pixels (unlike zlib's). Time is the budget here, not bytes.
  static let compressionLevel: Int32 = 2

  static func encode(_ surface: OpaquePointer) throws -> Data {
    cairo_surface_flush(surface)
    guard cairo_image_surface_get_format(surface) == CAIRO_FORMAT_RGB24,
      let pixels = cairo_image_surface_get_data(surface)
    else { throw RenderError("PNG encoding needs an RGB24 image surface") }
    let width = Int(cairo_image_surface_get_width(surface))
    let height = Int(cairo_image_surface_get_height(surface))
    let stride = Int(cairo_image_surface_get_stride(surface))
    let raw = rows(pixels, width: width, height: height, stride: stride)
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

  /// The image's rows as PNG wants them before compression: each row a filter-type byte (0,
  /// "None") then its RGB bytes.
  ///
  /// No filter, because chart images are flat colours and antialiased edges in a few hues: the
  /// same pixel values recur, and deflate finds them as they are, smaller and faster than after
  /// a filter.
  ///
  /// This loop touches every pixel (1.3 million for a 2× chart), so the 3 RGB bytes of a pixel
  /// are stored as one 4-byte write whose spare byte the next pixel overwrites, and the buffer
  /// is not zeroed first, since every byte is written.
  static func rows(
    _ pixels: UnsafeMutablePointer<UInt8>, width: Int, height: Int, stride: Int
  ) -> [UInt8] {
    let rowBytes = 1 + width * 3
    // One spare byte at the end for the last pixel's 4-byte store.
    let count = rowBytes * height
    var raw = [UInt8](unsafeUninitializedCapacity: count + 1) { buffer, initialized in
      let out = UnsafeMutableRawPointer(buffer.baseAddress!)
      for y in 0..<height {
        let row = UnsafeRawPointer(pixels + y * stride)
        var at = y * rowBytes
        out.storeBytes(of: 0, toByteOffset: at, as: UInt8.self)  // filter type None
        at += 1
        for x in 0..<width {
          // Cairo's RGB24 pixel is the native word 0x00RRGGBB; as 0x00BBGGRR stored
          // little-endian its bytes are R, G, B, 0.
          let pixel = (row.loadUnaligned(fromByteOffset: x * 4, as: UInt32.self).byteSwapped) >> 8
          out.storeBytes(of: pixel.littleEndian, toByteOffset: at, as: UInt32.self)
          at += 3
        }
      }
      initialized = count + 1
    }
    raw.removeLast()
    return raw
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
