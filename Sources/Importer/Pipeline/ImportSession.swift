import IndicatorModel
import PackLoader

/// One import: the request and the pack it goes into, which every step reads.
struct ImportSession {
  let request: ImportRequest
  let pack: Pack
  /// The pack folder as given, without a trailing slash.
  let directory: String
  /// The pack's definition of the indicator; nil for a new one.
  let existing: Indicator?
  /// The pack's area, comparators and group members, in pack.yaml's order.
  let areas: [Area]

  /// Loads and checks the pack; a new indicator's id must be a slug.
  init(_ request: ImportRequest) throws(ImportFailure) {
    let loaded = PackLoader.load(from: request.packDirectory)
    guard let pack = loaded.pack, loaded.errorCount == 0 else {
      throw ImportFailure(loaded.diagnostics.filter { $0.severity == .error })
    }
    self.request = request
    self.pack = pack
    directory = Importer.trimmed(request.packDirectory)
    existing = pack.indicators.first { $0.id == request.indicatorID }
    areas = [pack.area] + pack.comparators.map(\.area) + pack.groups.flatMap(\.members)
    if existing == nil { try Self.checkNewID(request.indicatorID) }
  }

  /// England's code: the pack's national comparator, else the ONS code.
  var englandCode: String { pack.national?.area.code ?? "E92000001" }

  /// The codes of the pack's areas.
  var packCodes: Set<String> { Set(areas.map(\.code)) }

  private static func checkNewID(_ id: String) throws(ImportFailure) {
    guard Slug.isValid(id) else {
      throw ImportFailure(
        "--indicator \(UserText.quoted(id)) is not a valid indicator id (\(Slug.rule); try \"\(Slug.suggestion(for: id))\")",
        at: SourceLocation(file: id))
    }
  }
}
