import CairoCanvas
import Charts
import Foundation
import Testing
import TestSupport

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Runs a poppler tool and returns what it printed.
func run(_ tool: String, _ arguments: [String]) throws -> String {
  try Tool.run("/usr/bin/" + tool, arguments, errorsToo: false).output
}

struct PDFTests {
  @Test("pdftotext finds the title, periods, legend and icon captions")
  func text() throws {
    let data = try ChartRenderer.render(
      Samples.spc(), size: Size(width: 800, height: 400), format: .pdf, date: Samples.date)
    let url = try Samples.save(data, as: "spc.pdf")
    let text = try run("pdftotext", ["-layout", url.path, "-"])
    for expected in [
      "Children's Centre registration", "2013/14 Q4", "Improvement", "Process limits",
      "Target consistently", "Financial quarter", "Limits recalculated from 2011/12 Q1.",
    ] {
      #expect(text.contains(expected), "pdftotext did not find \(expected)")
    }
  }

  @Test("pdfinfo: one page, 600 × 300 pt, title and creation date set")
  func info() throws {
    let data = try ChartRenderer.render(
      Samples.trend(), size: Size(width: 800, height: 400), format: .pdf, date: Samples.date)
    let url = try Samples.save(data, as: "trend.pdf")
    let info = try run("pdfinfo", ["-isodates", url.path])
    #expect(info.contains("Pages:           1"))
    #expect(info.contains("Page size:       600 x 300 pts"))
    #expect(info.contains("Title:           Children's Centre registration (children under 5)"))
    #expect(info.contains("CreationDate:    2014-03-31T00:00:00"))
  }
}

extension PDFTests {
  @Test("the chart is a Figure in the PDF structure tree, its alt text in the Subject")
  func structure() throws {
    let chart = Samples.spc()
    let data = try ChartRenderer.render(
      chart, size: Size(width: 800, height: 400), format: .pdf, date: Samples.date)
    let text = String(decoding: data, as: UTF8.self)
    #expect(text.contains("/Type /StructTreeRoot"))
    #expect(text.contains("/S /Figure"))
    let url = try Samples.save(data, as: "spc-structure.pdf")
    #expect(try run("pdfinfo", [url.path]).contains("Subject:         SPC chart of"))
  }
}

struct SVGTests {
  @Test("the SVG parses as XML, is sized in pixels and carries the alt text as its title")
  func xml() throws {
    let chart = Samples.trend()
    let data = try ChartRenderer.render(
      chart, size: Size(width: 800, height: 400), format: .svg, date: Samples.date)
    _ = try Samples.save(data, as: "trend.svg")
    let document = try XMLDocument(data: data)
    let root = try #require(document.rootElement())
    #expect(root.name == "svg")
    // Looked up by name among the attributes: FoundationXML's `attribute(forName:)` misses
    // them on an element in the default SVG namespace.
    func attribute(_ name: String) -> String? {
      root.attributes?.first { $0.name == name }?.stringValue
    }
    #expect(attribute("width") == "800px")
    #expect(attribute("height") == "400px")
    #expect(attribute("role") == "img")
    let title = root.elements(forName: "title").first?.stringValue
    #expect(title == chart.altText)
    #expect(try document.nodes(forXPath: "//*[local-name()='path']").count > 20)
  }

  @Test("the same chart twice gives the same SVG")
  func repeatable() throws {
    let size = Size(width: 400, height: 300)
    let a = try ChartRenderer.render(
      Samples.spc(periods: 6), size: size, format: .svg, date: Samples.date)
    let b = try ChartRenderer.render(
      Samples.spc(periods: 6), size: size, format: .svg, date: Samples.date)
    _ = try Samples.save(a, as: "a.svg")
    _ = try Samples.save(b, as: "b.svg")
    #expect(a == b)
  }

  @Test("an id prefix keeps inlined charts' ids apart, references included")
  func prefixedIDs() throws {
    let data = try ChartRenderer.render(
      Samples.trend(periods: 6), size: Size(width: 400, height: 300), format: .svg,
      date: Samples.date, idPrefix: "cc-registration-trend-")
    let document = try XMLDocument(data: data)
    let ids = try document.nodes(forXPath: "//@id").compactMap(\.stringValue)
    #expect(!ids.isEmpty)
    #expect(ids.allSatisfy { $0.hasPrefix("cc-registration-trend-") })
    #expect(Set(ids).count == ids.count)
    let references = try document.nodes(forXPath: "//@*[local-name()='href']").compactMap(
      \.stringValue)
    #expect(!references.isEmpty)
    #expect(
      references.allSatisfy {
        $0.hasPrefix("#cc-registration-trend-") && ids.contains(String($0.dropFirst()))
      })
  }

  @Test("alt text with markup characters is escaped")
  func escaping() throws {
    let chart = Samples.trend(periods: 4, title: "A <b>bold</b> & \"quoted\" title")
    let data = try ChartRenderer.render(
      chart, size: Size(width: 400, height: 300), format: .svg, date: Samples.date)
    let document = try XMLDocument(data: data)
    #expect(
      document.rootElement()?.elements(forName: "title").first?.stringValue?.contains(
        "<b>bold</b> & \"quoted\"") == true)
  }
}
