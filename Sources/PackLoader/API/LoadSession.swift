import Foundation
import IndicatorModel
import Yams

/// One run of the loader over a pack folder: reads the files in dependency order (pack.yaml,
/// indicators, data, commentary, partners, meetings), then checks what spans files.
final class LoadSession {
  /// The folder as the user gave it, without a trailing slash.
  let directory: String
  let log = DiagnosticLog()
  /// The folder's real location, once found; every file is read from inside it.
  private(set) var folder: PackFolder?
  /// Every file read, for `manifest.json`.
  private(set) var inputs: [PackInput] = []

  init(directory: String) {
    var trimmed = directory
    while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed.removeLast() }
    self.directory = trimmed.isEmpty ? "." : trimmed
  }

  /// A path inside the pack, written from the folder as given (`Indicators/data/q4.csv`).
  func path(_ relative: String) -> String {
    directory.hasSuffix("/") ? directory + relative : "\(directory)/\(relative)"
  }

  func run() -> Pack? {
    guard let folder = PackFolder(directory: directory) else {
      log.error("pack folder not found", at: SourceLocation(file: directory))
      return nil
    }
    self.folder = folder
    let header = readHeader()
    if let header { checkLogo(header) }
    let indicators = readIndicators(header: header)
    let valid = indicators.entries.map(\.indicator)
    let allIDs = (valid.map(\.id) + indicators.broken.sorted())
    let observations = readData(
      indicators: valid, broken: indicators.broken, header: header)
    let periodicities = LoadSession.unique(valid.map(\.periodicity))
    let commentary = readCommentary(indicatorIDs: allIDs, periodicities: periodicities)
    let partners = readPartners(header: header, indicatorIDs: allIDs)
    let meetings = readMeetings(periodicities: periodicities)
    let period = header?.periodNode.flatMap { resolvePeriod($0, periodicities: periodicities) }
    let checks = CrossChecks(log: log, packFile: path("pack.yaml"))
    checks.run(
      header: header, indicators: indicators.entries, declaredThemes: indicators.declaredThemes,
      anyIndicatorFiles: indicators.fileCount > 0, observations: observations)
    guard let header else { return nil }
    return Pack(
      id: header.id, title: header.title, organisation: header.organisation, board: header.board,
      area: header.area, comparators: header.comparators, groups: header.groups, period: period,
      themes: header.themes, rules: header.rules, branding: header.branding, indicators: valid,
      observations: observations, commentary: commentary, partners: partners, meetings: meetings)
  }

  // MARK: Files

  /// The files directly in a sub-folder, sorted so diagnostics come out the same each run.
  /// A sub-folder that leads outside the pack is an error, and gives none.
  func files(in subfolder: String, extensions: Set<String>) -> [String] {
    guard isReadable(subfolder) else { return [] }
    let names = (try? FileManager.default.contentsOfDirectory(atPath: path(subfolder))) ?? []
    return names.filter { name in
      !name.hasPrefix(".") && extensions.contains((name as NSString).pathExtension.lowercased())
    }.sorted()
  }

  func exists(_ relative: String) -> Bool { FileManager.default.fileExists(atPath: path(relative)) }

  /// Whether `relative` is a file or folder inside the pack; logs why not when it exists but
  /// leads outside the pack or is not a file.
  func isReadable(_ relative: String) -> Bool {
    guard let folder else { return false }
    switch folder.place(of: relative) {
    case .inside: return true
    case .missing: return false
    case .outside(let target):
      log.error(
        "\(relative) leads outside the pack folder (to \(UserText.shown(target, upTo: .max))); a pack is read only from inside its folder, so copy the file into it",
        at: SourceLocation(file: path(relative)))
    case .special:
      log.error(
        "\(relative) is not a regular file (a device, pipe or socket); replace it with a file",
        at: SourceLocation(file: path(relative)))
    }
    return false
  }

  /// A file inside the pack as text, recorded as an input; nil (with the reason logged) when it
  /// cannot be read or leads outside the pack.
  func read(_ relative: String) -> TextFile? {
    guard isReadable(relative), let file = TextFile.read(path: path(relative), log: log) else {
      return nil
    }
    record(relative, file.digest)
    return file
  }

  /// Lists a file in the manifest's inputs, under its path in the pack.
  func record(_ relative: String, _ bytes: FileBytes) {
    inputs.append(
      PackInput(
        path: (relative as NSString).standardizingPath, sha256: bytes.sha256, bytes: bytes.count))
  }

  func yaml(_ relative: String) -> (YAMLDocument, YAMLContext)? {
    guard let file = read(relative), let document = YAMLDocument.parse(file, log: log) else {
      return nil
    }
    return (document, YAMLContext(path: file.path, log: log))
  }

  // MARK: Steps

  private func readHeader() -> PackHeader? {
    guard exists("pack.yaml") else {
      log.error(
        "missing pack.yaml (run `boardpack init` for a starting point)",
        at: SourceLocation(file: path("pack.yaml")))
      return nil
    }
    guard let (document, context) = yaml("pack.yaml") else { return nil }
    return PackFileReader(context: context).read(document.root)
  }

  /// pack.yaml's `branding.logo`: a file inside the pack of a type and size the dashboard and
  /// the PDFs can use, checked here so that `check` refuses what `build` would.
  private func checkLogo(_ header: PackHeader) {
    guard let logo = header.branding.logo, let node = header.logoNode else { return }
    let context = YAMLContext(path: path("pack.yaml"), log: log)
    let shown = UserText.quoted(logo)
    switch folder?.place(of: logo) {
    case .inside(let real):
      guard let data = FileManager.default.contents(atPath: real) else {
        context.error("logo file \(shown) cannot be read (is it a folder?)", at: node)
        return
      }
      if let problem = LogoFile.problem(with: data, fileName: logo) {
        context.error("logo file \(shown) \(problem)", at: node)
        return
      }
      record(logo, FileBytes(data))
    case .outside:
      context.error(
        "logo file \(shown) is outside the pack folder; copy it into the pack folder and name it from there (like logo.png)",
        at: node)
    case .special:
      context.error("logo file \(shown) is not a regular file", at: node)
    case .missing, nil:
      context.error("logo file \(shown) not found in the pack folder", at: node)
    }
  }

  struct IndicatorFiles {
    var entries: [IndicatorEntry] = []
    /// File ids whose definitions had errors.
    var broken: Set<String> = []
    /// Theme ids named by any indicator file, valid or not.
    var declaredThemes: Set<String> = []
    var fileCount = 0
  }

  private func readIndicators(header: PackHeader?) -> IndicatorFiles {
    var result = IndicatorFiles()
    var seen: [String: SourceLocation] = [:]
    for name in files(in: "indicators", extensions: ["yaml", "yml"]) {
      result.fileCount += 1
      let fileID = (name as NSString).deletingPathExtension
      guard let (document, context) = yaml("indicators/\(name)") else {
        result.broken.insert(fileID)
        continue
      }
      if case .mapping(let mapping) = document.root, let theme = mapping["theme"]?.text {
        result.declaredThemes.insert(theme)
      }
      if let first = seen[fileID] {
        log.error(
          "duplicate indicator id \(UserText.quoted(fileID)) (also defined in \(first.file))",
          at: SourceLocation(file: context.path))
        continue
      }
      seen[fileID] = SourceLocation(file: context.path)
      let reader = IndicatorFileReader(context: context, fileID: fileID, themes: header?.themes)
      if let entry = reader.read(document.root) {
        result.entries.append(entry)
      } else {
        result.broken.insert(fileID)
      }
    }
    return result
  }

  private func readData(
    indicators: [Indicator], broken: Set<String>, header: PackHeader?
  ) -> [Observation] {
    let byID = Dictionary(indicators.map { ($0.id, $0) }) { a, _ in a }
    let areas = header.map { header in
      AreaDirectory(
        [header.area] + header.comparators.map(\.area) + header.groups.flatMap(\.members))
    }
    var observations: [Observation] = []
    var seen: [ObservationKey: SourceLocation] = [:]
    let relatives = files(in: "data", extensions: ["csv"]).map { "data/\($0)" }
      .filter(isReadable)
    let batch = DataFileBatch(indicators: byID, brokenIndicators: broken, areas: areas)
    // Files are read on every core; duplicates are looked for here, one file after another in
    // name order, after each file's own diagnostics, as when the files were read in turn.
    for (relative, outcome) in zip(relatives, batch.read(relatives.map(path))) {
      log.append(outcome.diagnostics)
      if let bytes = outcome.bytes { record(relative, bytes) }
      for observation in outcome.observations {
        let key = ObservationKey(observation)
        let here = observation.location ?? SourceLocation(file: outcome.path)
        if let first = seen[key] {
          log.error(
            "duplicate row for \(observation.indicator), \(observation.period.label), \(observation.area) (first at \(first.file):\(first.line))",
            at: here)
          continue
        }
        seen[key] = here
        observations.append(observation)
      }
    }
    return observations
  }

  private func readCommentary(
    indicatorIDs: [String], periodicities: [Periodicity]
  ) -> [Period: [String: Commentary]] {
    var commentary: [Period: [String: Commentary]] = [:]
    let candidates = periodicities.isEmpty ? Periodicity.allCases : periodicities
    for name in files(in: "commentary", extensions: ["yaml", "yml"]) {
      let slug = (name as NSString).deletingPathExtension
      let relative = "commentary/\(name)"
      guard let period = CommentaryFileReader.period(forSlug: slug, periodicities: candidates)
      else {
        let example =
          candidates.compactMap { Period(anyLabel: $0.example) }.first?.slug ?? "2013-14-q4"
        log.error(
          "commentary file name \(UserText.quoted(slug)) is not a period (name it after the period, like \(example).yaml)",
          at: SourceLocation(file: path(relative)))
        continue
      }
      guard let (document, context) = yaml(relative) else { continue }
      let reader = CommentaryFileReader(context: context, indicatorIDs: indicatorIDs)
      commentary[period, default: [:]].merge(reader.read(document.root)) { a, _ in a }
    }
    return commentary
  }

  private func readPartners(header: PackHeader?, indicatorIDs: [String]) -> [Partner] {
    guard exists("partners.yaml"), let (document, context) = yaml("partners.yaml") else {
      return []
    }
    let reader = PartnersFileReader(
      context: context, themeIDs: header?.themes.map(\.id), indicatorIDs: indicatorIDs)
    return reader.read(document.root)
  }

  private func readMeetings(periodicities: [Periodicity]) -> [Meeting] {
    guard exists("meetings.yaml"), let (document, context) = yaml("meetings.yaml") else {
      return []
    }
    let reader = MeetingsFileReader(context: context) {
      LoadSession.period($0, periodicities: periodicities)
    }
    return reader.read(document.root)
  }

  private func resolvePeriod(_ node: Node, periodicities: [Periodicity]) -> Period? {
    let context = YAMLContext(path: path("pack.yaml"), log: log)
    guard let label = node.text,
      let period = LoadSession.period(label, periodicities: periodicities)
    else {
      context.error(
        "period \(node.shownAs) is not a period label (write e.g. \"2013/14 Q4\", \"2019\" or \"2019-09\")",
        at: node)
      return nil
    }
    return period
  }

  /// A label read in the pack's own periodicities first (so `2013/14` is academic in a pack of
  /// academic years), then in any.
  static func period(_ label: String, periodicities: [Periodicity]) -> Period? {
    for periodicity in periodicities {
      if let period = Period(label, periodicity: periodicity) { return period }
    }
    return Period(anyLabel: label)
  }

  static func unique<T: Hashable>(_ items: [T]) -> [T] {
    var seen: Set<T> = []
    return items.filter { seen.insert($0).inserted }
  }
}

/// What makes a data row unique.
struct ObservationKey: Hashable {
  let indicator: String
  let period: Period
  let area: String

  init(_ observation: Observation) {
    indicator = observation.indicator
    period = observation.period
    area = observation.area
  }
}
