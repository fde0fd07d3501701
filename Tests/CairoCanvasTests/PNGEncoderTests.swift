import CCairo
import Foundation
import Testing

@testable import CairoCanvas

@Suite("PNG encoder")
struct PNGEncoderTests {
  /// Every pixel of a noisy image (no two neighbours alike, every byte value) survives the
  /// row packing and libdeflate, as libpng reads it back through Cairo.
  @Test("random pixels round-trip exactly", arguments: [(1, 1), (3, 2), (17, 5), (640, 9)])
  func roundTrip(width: Int, height: Int) throws {
    let surface = try #require(
      cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height)))
    defer { cairo_surface_destroy(surface) }
    cairo_surface_flush(surface)
    let stride = Int(cairo_image_surface_get_stride(surface))
    let data = try #require(cairo_image_surface_get_data(surface))
    var generator = SystemRandomNumberGenerator()
    var expected: [UInt32] = []
    for y in 0..<height {
      let row = UnsafeMutableRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
      for x in 0..<width {
        let pixel = UInt32.random(in: 0...0xFF_FFFF, using: &generator)
        row[x] = pixel
        expected.append(pixel)
      }
    }
    cairo_surface_mark_dirty(surface)
    let image = try #require(PNGImage(try PNGEncoder.encode(surface)))
    #expect(image.width == width && image.height == height)
    #expect(image.pixels == expected)
  }

  /// The rows as the PNG specification lays them out: filter byte 0, then R, G, B per pixel.
  @Test("rows are a None filter byte then RGB bytes")
  func rowLayout() throws {
    let (width, height) = (33, 4)
    let surface = try #require(
      cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height)))
    defer { cairo_surface_destroy(surface) }
    cairo_surface_flush(surface)
    let stride = Int(cairo_image_surface_get_stride(surface))
    let data = try #require(cairo_image_surface_get_data(surface))
    var expected: [UInt8] = []
    for y in 0..<height {
      let row = UnsafeMutableRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
      expected.append(0)
      for x in 0..<width {
        let rgb: [UInt8] = [UInt8(x * 7 % 256), UInt8(255 - y * 3), UInt8((x * y) % 256)]
        row[x] = UInt32(rgb[0]) << 16 | UInt32(rgb[1]) << 8 | UInt32(rgb[2])
        expected += rgb
      }
    }
    let rows = PNGEncoder.rows(data, width: width, height: height, stride: stride)
    #expect(rows == expected)
  }
}
