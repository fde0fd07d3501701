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
}
