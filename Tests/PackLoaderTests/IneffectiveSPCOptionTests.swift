import PackLoader
import Testing

/// An SPC option the chosen chart or profile never reads is a warning naming it (issue 19):
/// before, `screening` on a P chart and `conflict` under `ptd` were accepted and ignored.
@Suite struct IneffectiveSPCOptionTests {
  func lines(spc: String) throws -> [String] {
    let pack = try TestPack(
      editing: TestPack.edit(
        "indicators/early-help-assessments.yaml", "owner: Early Help Service",
        "spc: \(spc)\nowner: Early Help Service"))
    return pack.load().lines
  }

  @Test func screeningOnAPlainAttributeChart() throws {
    #expect(
      try lines(spc: "{ chart: p, screening: true }") == [
        "indicators/early-help-assessments.yaml:10:29: warning: spc.screening has no effect on a p chart: screening drops large moving ranges, which only xmr, p-prime and u-prime charts have"
      ])
    #expect(try lines(spc: "{ chart: u-prime, screening: true }").isEmpty)
    #expect(try lines(spc: "{ chart: xmr, screening: false }").isEmpty)
  }

  @Test func conflictUnderPTD() throws {
    #expect(
      try lines(spc: "{ profile: ptd, conflict: concern }") == [
        "indicators/early-help-assessments.yaml:10:32: warning: spc.conflict has no effect with profile ptd: there the strongest rule decides a point's reading (outside, then trend, then two-of-three, then shift)"
      ])
    #expect(try lines(spc: "{ profile: mdc, conflict: concern }").isEmpty)
  }
}
