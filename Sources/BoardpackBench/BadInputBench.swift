import Foundation
import PackLoader

#if canImport(Glibc)
  import Glibc
#endif

/// What bad input costs: `check` of the starter pack with one data file of 1,000,000 rows,
/// 980,000 of them naming an area the pack does not know (9,800 different codes, as in a
/// national download) and 20,000 with a value that is not a number, in a child process of its
/// own for its peak memory. Goal (issue #15): under 15 s and 1 GiB.
enum BadInputBench {
  static let rows = 1_000_000
  static let unknownAreas = 980_000

  /// The child: loads and checks `pack` as `boardpack check` does and prints its figures.
  static func child(pack: String) -> Int32 {
    let clock = ContinuousClock()
    let start = clock.now
    let result = PackLoader.load(from: pack)
    let wall = clock.now - start
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    let cpu =
      Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
      + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    let seconds = Double(wall.components.seconds) + Double(wall.components.attoseconds) / 1e18
    print(
      String(
        format: "%.3f %.3f %d %d %d", seconds, cpu, PeakMemory.read() ?? 0, result.errorCount,
        result.diagnostics.count))
    return 0
  }

  /// Writes the pack, runs the child and prints the row.
  static func run() {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent(
        "boardpack-bench-bad-input-\(ProcessInfo.processInfo.processIdentifier)")
    defer { try? FileManager.default.removeItem(at: folder) }
    do {
      try StarterPack.write(to: folder.path)
      try csv().write(to: folder.appendingPathComponent("data/national.csv"))
    } catch {
      print("bad input: cannot write the pack: \(error)")
      return
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
    process.arguments = ["--child-check", folder.path]
    let pipe = Pipe()
    process.standardOutput = pipe
    guard (try? process.run()) != nil else { return }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let fields = String(decoding: data, as: UTF8.self).split(separator: " ")
    guard process.terminationStatus == 0, fields.count == 5,
      let wall = Double(fields[0]), let cpu = Double(fields[1]), let peakKiB = Double(fields[2])
    else {
      print("bad input: the check failed")
      return
    }
    let met = wall < 15 && peakKiB < 1024 * 1024
    print(
      "check, 1,000,000 rows of which 980,000 name unknown areas   wall    CPU  peak MiB  errors  lines listed  goal"
    )
    print(
      String(
        format: "%@ %6.2f s %6.2f s %9.1f %7@ %13@  < 15 s, < 1 GiB: %@",
        "".padding(toLength: 58, withPad: " ", startingAt: 0), wall, cpu, peakKiB / 1024,
        String(fields[3]), String(fields[4]).trimmingCharacters(in: .whitespacesAndNewlines),
        met ? "met" : "MISSED"))
  }

  /// The rows, built as bytes: one with an unknown area code in 50 of 51, else a bad value.
  static func csv() -> Data {
    var text = "indicator,period,area,value,numerator,denominator,lower_ci,upper_ci,status,note\n"
    text.reserveCapacity(rows * 48)
    let badValues = rows - unknownAreas
    for row in 0..<rows {
      if row % (rows / badValues) == 0 {
        text += "early-help-assessments,2012/13 Q1,E06999999,n/a,,,,,,\n"
      } else {
        text += "early-help-assessments,2012/13 Q1,E0\(6_000_000 + row % 9_800),212,,,,,,\n"
      }
    }
    return Data(text.utf8)
  }
}
