import CCairo
import IndicatorModel

/// The document information dictionary on a Cairo PDF surface. The dates come from the pack,
/// so two builds of the same pack give the same bytes.
enum PDFInformation {
  static func set(_ metadata: PDFMetadata, on surface: OpaquePointer) {
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, metadata.title)
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, metadata.author)
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_SUBJECT, metadata.subject)
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_KEYWORDS, metadata.keywords)
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "boardpack")
    let stamp = isoDate(metadata.date)
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, stamp)
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, stamp)
  }

  /// ISO 8601 at midnight UTC, the form Cairo expects.
  static func isoDate(_ date: CalendarDate) -> String {
    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    return "\(date.year)-\(two(date.month))-\(two(date.day))T00:00:00Z"
  }
}
