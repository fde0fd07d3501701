import IndicatorModel
import PackLoader
import Testing

/// The starter pack `boardpack init` writes is the baseline every bad-input test changes.
@Suite struct StarterPackTests {
  @Test func loadsWithoutDiagnostics() throws {
    let (pack, lines) = try TestPack().load()
    #expect(lines == [])
    let loaded = try #require(pack)
    #expect(loaded.id == "example-trust")
    #expect(
      loaded.indicators.map(\.id) == [
        "cc-registration", "early-help-assessments", "repeat-referrals",
      ])
    #expect(loaded.observations.count == 38)
    #expect(loaded.partners.map(\.id) == ["health", "police"])
    #expect(loaded.period?.label == "2013/14 Q4")
  }

  @Test func readsValuesAsWritten() throws {
    let pack = try #require(try TestPack().load().pack)
    let q4 = try #require(Period("2013/14 Q4", periodicity: .financialQuarter))
    let area = pack.observations.first {
      $0.indicator == "cc-registration" && $0.period == q4 && $0.area == "E06999999"
    }
    // "9,840" is read with its thousands separator; the value agrees and is kept as given.
    #expect(area?.denominator == 9840)
    #expect(area?.numerator == 5412)
    #expect(area?.value == 55.0)
    // "England" is a name, resolved to its code.
    let england = pack.observations.first {
      $0.indicator == "cc-registration" && $0.area == "E92000001"
    }
    #expect(england?.value == 67.0)
    #expect(england?.note == "national figure")
    let provisional = pack.observations.first {
      $0.indicator == "early-help-assessments" && $0.period == q4
    }
    #expect(provisional?.status == .provisional)
  }

  @Test func readsDefinitionsWithDefaults() throws {
    let pack = try #require(try TestPack().load().pack)
    let cc = try #require(pack.indicators.first { $0.id == "cc-registration" })
    #expect(cc.measure.multiplier == 100)
    #expect(cc.measure.ci == .wilson)
    #expect(cc.target?.value == 80)
    #expect(cc.target?.amber == 75)
    let count = try #require(pack.indicators.first { $0.id == "early-help-assessments" })
    #expect(count.measure.multiplier == 1)
    #expect(count.measure.ci == .pheRate)
    #expect(count.measure.decimals == 0)
    #expect(pack.comparators.first?.role == .national)
  }

  @Test func readsCommentaryPartnersAndMeetings() throws {
    let pack = try #require(try TestPack().load().pack)
    let q4 = try #require(Period("2013/14 Q4", periodicity: .financialQuarter))
    let note = try #require(pack.commentary[q4]?["cc-registration"])
    #expect(note.author == "Mike Hughes")
    #expect(note.actions.first?.owner == "Viki Packman")
    #expect(note.actions.first?.due == CalendarDate(year: 2014, month: 9, day: 30))
    #expect(
      pack.partners[0].recipients == [
        Mailbox(name: "Dr A. Example", address: "a.example@example.org")
      ])
    #expect(pack.partners[1].recipients == [Mailbox(address: "ppu@example.org")])
    #expect(pack.meeting(for: q4).date == CalendarDate(year: 2014, month: 6, day: 12))
    #expect(pack.meeting(for: q4).title == pack.title)
  }
}
