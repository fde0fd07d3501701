#if canImport(CGlibc)
  internal import CGlibc
#endif

/// glibc's allocator, tuned for a build: every chart allocates a few megabytes (a 1600×800
/// bitmap for the 2× PNG, its rows, the deflated data), and by default glibc hands such blocks
/// back to the kernel on every free and faults fresh zeroed pages in on the next allocation.
/// 8 MiB covers every chart buffer; a higher limit made large builds slower and bigger
/// (docs/performance.md, "The build").
///
/// The setting is the whole process's, so the library never makes it: an executable that
/// builds packs calls `keepFreedMemory()` once at its start (`boardpack`, and the child build
/// of `boardpack-bench`, so its figures are those of `boardpack build`).
public enum AllocatorTuning {
  /// Blocks under 8 MiB come from the heap, and the heap keeps up to 64 MiB free.
  /// Idempotent; a no-op where glibc's mallopt is not available.
  public static func keepFreedMemory() {
    #if canImport(CGlibc) && os(Linux)
      _ = mallopt(M_MMAP_THRESHOLD, 8 << 20)
      _ = mallopt(M_TRIM_THRESHOLD, 64 << 20)
    #endif
  }
}
