import PackLoader

/// The starter pack's files by path, for tests that copy one.
enum StarterPackFiles {
  static func text(_ path: String) -> String {
    StarterPack.files.first { $0.path == path }?.contents ?? ""
  }
}
