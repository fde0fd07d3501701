#if canImport(CMalloc)
  import CMalloc
#endif

/// glibc's allocator, tuned for a build: every chart allocates a few megabytes (a 1600×800
/// bitmap for the 2× PNG, its filtered rows, zlib's output), and by default glibc hands such
/// blocks back to the kernel on every free and faults fresh zeroed pages in on the next
/// allocation. That was a fifth of the charts step's time (0.25 s of kernel time for the example
/// pack). Keeping freed memory in the process costs nothing the build has not already used at
/// its peak.
enum AllocatorTuning {
  /// Blocks under 64 MiB come from the heap, and the heap is not trimmed below 256 MiB free.
  /// Idempotent; a no-op where glibc's mallopt is not available.
  static func keepFreedMemory() {
    #if canImport(CMalloc) && os(Linux)
      _ = mallopt(M_MMAP_THRESHOLD, 64 << 20)
      _ = mallopt(M_TRIM_THRESHOLD, 256 << 20)
    #endif
  }
}
