import CCairo
import Foundation

/// A PNG read back through Cairo's own PNG loader, for checking sizes and pixel colours.
struct PNGImage {
  let width: Int
  let height: Int
  /// 0xRRGGBB per pixel, row-major.
  let pixels: [UInt32]

  /// Decodes PNG bytes; nil when Cairo cannot read them.
  init?(_ data: Data) {
    final class Reader {
      let data: Data
      var offset = 0
      init(_ data: Data) { self.data = data }
    }
    let reader = Reader(data)
    let read: cairo_read_func_t = { closure, buffer, length in
      let reader = Unmanaged<Reader>.fromOpaque(closure!).takeUnretainedValue()
      let count = Int(length)
      guard reader.offset + count <= reader.data.count, let buffer else {
        return CAIRO_STATUS_READ_ERROR
      }
      reader.data.copyBytes(to: buffer, from: reader.offset..<(reader.offset + count))
      reader.offset += count
      return CAIRO_STATUS_SUCCESS
    }
    let surface = cairo_image_surface_create_from_png_stream(
      read, Unmanaged.passUnretained(reader).toOpaque())
    defer { cairo_surface_destroy(surface) }
    guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else { return nil }
    width = Int(cairo_image_surface_get_width(surface))
    height = Int(cairo_image_surface_get_height(surface))
    let stride = Int(cairo_image_surface_get_stride(surface))
    let bytes = cairo_image_surface_get_data(surface)!
    var pixels: [UInt32] = []
    pixels.reserveCapacity(width * height)
    for y in 0..<height {
      let row = UnsafeRawPointer(bytes + y * stride).assumingMemoryBound(to: UInt32.self)
      for x in 0..<width { pixels.append(row[x] & 0xFF_FFFF) }
    }
    self.pixels = pixels
  }

  func pixel(x: Int, y: Int) -> UInt32 { pixels[y * width + x] }
}

/// The width and height in a PNG's IHDR chunk, read straight from the bytes.
func ihdrSize(_ data: Data) -> (width: Int, height: Int)? {
  let bytes = [UInt8](data.prefix(24))
  guard bytes.count == 24, Array(bytes[12..<16]) == Array("IHDR".utf8) else { return nil }
  func be32(_ at: Int) -> Int {
    bytes[at..<(at + 4)].reduce(0) { $0 << 8 | Int($1) }
  }
  return (be32(16), be32(20))
}
