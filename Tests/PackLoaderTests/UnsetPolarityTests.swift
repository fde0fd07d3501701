import IndicatorModel
import PackLoader
import Testing

/// `polarity: unset`, the placeholder `boardpack import` writes: a warning, not an error, and
/// the indicator is read as no-judgement until it is set.
@Suite struct UnsetPolarityTests {
  @Test func unsetPolarityIsAWarningAndReadsAsNoJudgement() throws {
    let pack = try TestPack(
      editing: TestPack.edit(
        "indicators/early-help-assessments.yaml", "polarity: higher-is-better", "polarity: unset"))
    let (loaded, lines) = pack.load()
    #expect(
      lines == [
        "indicators/early-help-assessments.yaml:7:11: warning: polarity is not set: choose one of higher-is-better, lower-is-better, no-judgement (until then early-help-assessments is compared as higher or lower, never better or worse)"
      ])
    let indicator = try #require(loaded?.indicators.first { $0.id == "early-help-assessments" })
    #expect(indicator.polarity == .noJudgement)
    #expect(!indicator.polarityIsSet)
  }

  @Test func aSetPolarityIsMarkedSet() throws {
    let (loaded, lines) = try TestPack().load()
    #expect(lines.isEmpty)
    #expect(loaded?.indicators.allSatisfy(\.polarityIsSet) == true)
  }

  @Test func otherUnknownPolaritiesAreStillErrors() throws {
    let pack = try TestPack(
      editing: TestPack.edit(
        "indicators/early-help-assessments.yaml", "polarity: higher-is-better", "polarity: unsure"))
    let (_, lines) = pack.load()
    #expect(lines.count == 1 && lines[0].contains("error:"))
  }
}
