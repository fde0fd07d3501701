import Foundation

/// The message bytes as libcurl's read callback takes them, a buffer at a time.
final class UploadSource {
  private let bytes: Data
  private var offset = 0

  init(_ bytes: Data) { self.bytes = bytes }

  /// Copies up to `capacity` bytes into `buffer`; 0 means the message is done.
  func read(into buffer: UnsafeMutablePointer<CChar>, capacity: Int) -> Int {
    let count = min(capacity, bytes.count - offset)
    guard count > 0 else { return 0 }
    bytes.withUnsafeBytes { raw in
      let start = raw.baseAddress!.advanced(by: offset)
      UnsafeMutableRawPointer(buffer).copyMemory(from: start, byteCount: count)
    }
    offset += count
    return count
  }
}
