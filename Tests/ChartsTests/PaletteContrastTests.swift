import Foundation
import Testing

@testable import Charts

/// WCAG 2.2 contrast, computed here from the definition (SC 1.4.11 asks 3:1 for graphics), not
/// by the code under test.
@Suite("Palette contrast against white")
struct PaletteContrastTests {
  /// WCAG relative luminance of an sRGB colour.
  static func luminance(_ colour: Colour) -> Double {
    func linear(_ channel: Double) -> Double {
      // Channels come from 8-bit hex, so round to the byte first as a browser would.
      let c = (channel * 255).rounded() / 255
      return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
    }
    return 0.2126 * linear(colour.red) + 0.7152 * linear(colour.green)
      + 0.0722 * linear(colour.blue)
  }

  static func contrast(_ a: Colour, _ b: Colour) -> Double {
    let (la, lb) = (luminance(a), luminance(b))
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
  }

  @Test("the formula matches WCAG's published extremes")
  func extremes() {
    #expect(abs(Self.contrast(.black, .white) - 21) < 1e-9)
    #expect(abs(Self.contrast(.white, .white) - 1) < 1e-9)
    // #767676 is the well-known lightest grey with 4.5:1 on white.
    #expect(abs(Self.contrast(Colour(rgb: 0x767676), .white) - 4.54) < 0.01)
  }

  @Test(
    "every meaningful colour is at least 3:1 against white",
    arguments: Palette().meaningful.map(\.name))
  func meaningful(_ name: String) throws {
    let colour = try #require(Palette().meaningful.first { $0.name == name }?.colour)
    let ratio = Self.contrast(colour, .white)
    #expect(ratio >= 3, "\(name) \(colour) is \(ratio):1")
  }

  @Test("white letters on RAG colours are readable (4.5:1, normal text)")
  func ragLetters() {
    let palette = Palette()
    for colour in [palette.red, palette.amber, palette.green] {
      #expect(Self.contrast(colour, .white) >= 4.5, "\(colour)")
    }
  }

  @Test("the list covers every colour property but the decorative ones")
  func coverage() {
    let palette = Palette()
    let listed = Set(
      palette.meaningful.map { $0.name.split(separator: "[").first.map(String.init)! })
    let all = Set(Mirror(reflecting: palette).children.compactMap(\.label))
    #expect(all.subtracting(listed) == ["grid", "highlightBand", "background"])
  }
}
