import CCairo
import Foundation
import Testing

@testable import CairoCanvas

@Suite("PNG encoder")
struct PNGEncoderTests {
  /// An RGB24 surface whose pixels are `pixel(x, y)` (0xRRGGBB); destroyed after `body`.
  static func withSurface<T>(
    width: Int, height: Int, pixel: (Int, Int) -> UInt32,
    _ body: (OpaquePointer, UnsafeMutablePointer<UInt8>, Int) throws -> T
  ) throws -> T {
    let surface = try #require(
      cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height)))
    defer { cairo_surface_destroy(surface) }
    cairo_surface_flush(surface)
    let stride = Int(cairo_image_surface_get_stride(surface))
    let data = try #require(cairo_image_surface_get_data(surface))
    for y in 0..<height {
      let row = UnsafeMutableRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
      for x in 0..<width { row[x] = pixel(x, y) }
    }
    cairo_surface_mark_dirty(surface)
    return try body(surface, data, stride)
  }

  /// Every pixel of a noisy image (no two neighbours alike, every byte value) survives the
  /// row packing and libdeflate, as libpng reads it back through Cairo.
  @Test("random pixels round-trip exactly", arguments: [(1, 1), (3, 2), (17, 5), (640, 9)])
  func roundTrip(width: Int, height: Int) throws {
    var generator = SystemRandomNumberGenerator()
    let expected = (0..<(width * height)).map { _ in
      UInt32.random(in: 0...0xFF_FFFF, using: &generator)
    }
    let png = try Self.withSurface(
      width: width, height: height, pixel: { expected[$1 * width + $0] }
    ) {
      surface, _, _ in try PNGEncoder.encode(surface)
    }
    let image = try #require(PNGImage(png))
    #expect(image.width == width && image.height == height)
    #expect(image.pixels == expected)
  }

  /// The rows as the PNG specification lays them out: filter byte 0, then R, G, B per pixel.
  @Test("rows are a None filter byte then RGB bytes")
  func rowLayout() throws {
    let (width, height) = (33, 4)
    func rgb(_ x: Int, _ y: Int) -> [UInt8] {
      [UInt8(x * 7 % 256), UInt8(255 - y * 3), UInt8((x * y) % 256)]
    }
    let expected: [UInt8] = (0..<height).flatMap { y in [0] + (0..<width).flatMap { x in rgb(x, y) }
    }
    let rows = try Self.withSurface(
      width: width, height: height,
      pixel: { x, y in rgb(x, y).reduce(0) { $0 << 8 | UInt32($1) } }
    ) { _, data, stride in
      PNGEncoder.rows(data, width: width, height: height, stride: stride)
    }
    #expect(rows == expected)
  }
}
