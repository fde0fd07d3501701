import CCairo
import Foundation

/// Collects the bytes Cairo writes to a PDF stream surface.
final class PDFSink {
  var data = Data()

  /// Cairo's `cairo_write_func_t`; the closure pointer is an unretained `PDFSink`.
  static let write: cairo_write_func_t = { closure, bytes, length in
    guard let closure, let bytes else { return CAIRO_STATUS_WRITE_ERROR }
    let sink = Unmanaged<PDFSink>.fromOpaque(closure).takeUnretainedValue()
    sink.data.append(bytes, count: Int(length))
    return CAIRO_STATUS_SUCCESS
  }

  /// The pointer to hand Cairo; valid while `self` is alive.
  var closure: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }
}
