import IndicatorModel

extension Assessment {
  /// The exceptions that have no commentary for the reporting period, most severe first.
  ///
  /// `boardpack check` warns about each (design §5.6): an exception reaches the board with the
  /// owner's words, or someone should know it will not. Commentary whose text is only blank
  /// counts as none (`Commentary.hasText`). Without a reporting period there is no commentary
  /// file to look in, so every exception is listed.
  public func exceptionsWithoutCommentary(in pack: Pack) -> [IndicatorAssessment] {
    let written = period.flatMap { pack.commentary[$0] } ?? [:]
    return exceptions.filter { written[$0.id]?.hasText != true }
  }

  /// The actions the reporting period's commentary raises on an indicator, as the outputs list
  /// them under its commentary: an action that restates one from an earlier meeting of the
  /// board (to update or close it) is left out, since the board reads it among the actions from
  /// earlier meetings (`IndicatorAssessment.actions`), or not at all once it is closed.
  public func actionsRaised(for indicator: String, in pack: Pack) -> [Action] {
    guard let period else { return [] }
    return ActionLedger.raised(in: pack, at: period, indicator: indicator)
  }
}
