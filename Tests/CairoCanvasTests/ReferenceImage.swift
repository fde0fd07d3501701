import Foundation
import Testing

/// A rendering compared with a reference PNG in `References/`, pixel by pixel after decoding,
/// with a tolerance for the anti-aliasing differences between builds of Cairo and Pango.
///
/// A chart's look is what a board member reads, so it is pinned to a picture a person looked at,
/// not to counts of one colour. When a change is meant, look at the new renderings and write
/// them as the references: `BOARDPACK_UPDATE_REFERENCES=1 swift test --filter PNGRenderTests`
/// (`make references`).
enum ReferenceImage {
  /// The committed references, beside this file.
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("References")

  /// A pixel differs when a channel differs by more than this (of 255).
  static let channelTolerance: UInt32 = 24
  /// The share of pixels that may differ (edges of anti-aliased text and lines).
  static let differingShare = 0.003

  /// Records an issue when `data` does not look like `References/<name>.png`; saves the
  /// rendering and a difference image (differing pixels in magenta) to look at.
  static func expectMatches(
    _ data: Data, name: String, sourceLocation: SourceLocation = #_sourceLocation
  )
    throws
  {
    let reference = folder.appendingPathComponent(name + ".png")
    if ProcessInfo.processInfo.environment["BOARDPACK_UPDATE_REFERENCES"] == "1" {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try data.write(to: reference)
      return
    }
    let actual = try #require(PNGImage(data), sourceLocation: sourceLocation)
    let expected = try #require(
      PNGImage(try Data(contentsOf: reference)), "no reference \(reference.path)",
      sourceLocation: sourceLocation)
    try #require(
      (actual.width, actual.height) == (expected.width, expected.height),
      "\(name): \(actual.width)×\(actual.height), reference \(expected.width)×\(expected.height)",
      sourceLocation: sourceLocation)
    var differing = 0
    var difference = [UInt32](repeating: 0xFFFFFF, count: actual.pixels.count)
    for index in actual.pixels.indices where !similar(actual.pixels[index], expected.pixels[index])
    {
      differing += 1
      difference[index] = 0xFF00FF
    }
    let share = Double(differing) / Double(actual.pixels.count)
    guard share > differingShare else { return }
    let saved = try Samples.save(data, as: name + "-actual.png")
    Issue.record(
      "\(name): \(differing) pixels (\(String(format: "%.2f", share * 100))%) differ from References/\(name).png; look at \(saved.path) and \(name)-difference.ppm beside it, and if the change is meant, update the references (make references)",
      sourceLocation: sourceLocation)
    try? ppm(difference, width: actual.width, height: actual.height).write(
      to: Samples.outputFolder.appendingPathComponent(name + "-difference.ppm"))
  }

  static func similar(_ a: UInt32, _ b: UInt32) -> Bool {
    for shift in [0, 8, 16] as [UInt32] {
      let x = (a >> shift) & 0xFF
      let y = (b >> shift) & 0xFF
      if (x > y ? x - y : y - x) > channelTolerance { return false }
    }
    return true
  }

  /// A binary PPM (any image viewer opens it; no encoder needed in the tests).
  static func ppm(_ pixels: [UInt32], width: Int, height: Int) -> Data {
    var data = Data("P6\n\(width) \(height)\n255\n".utf8)
    for pixel in pixels {
      data.append(contentsOf: [
        UInt8(pixel >> 16 & 0xFF), UInt8(pixel >> 8 & 0xFF), UInt8(pixel & 0xFF),
      ])
    }
    return data
  }
}
