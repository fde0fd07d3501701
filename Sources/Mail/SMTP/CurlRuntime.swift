import CCurl

/// libcurl's process-wide set-up, done once before the first handle.
///
/// `curl_global_init` is not thread-safe; a `static let` runs it exactly once, under Swift's
/// lazy-global lock, whichever thread sends first.
enum CurlRuntime {
  static let isReady: Bool = boardpack_curl_global_init() == CURLE_OK
}
