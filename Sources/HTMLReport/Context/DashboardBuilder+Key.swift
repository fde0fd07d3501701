import Analysis
import IndicatorModel
import Presentation

extension DashboardBuilder {
  /// The pack's key (`PackKey`, the same as the PDF's), with the dashboard's icons.
  func keyContext() -> KeyContext {
    let key = PackKey(pack: pack, assessment: assessment)
    func words(_ sign: PackKey.Sign<String>) -> KeyWords {
      KeyWords(words: sign.words, meaning: sign.meaning)
    }
    return KeyContext(
      introduction: key.introduction, targetRule: key.targetRule,
      statuses: key.statuses.map {
        KeyStatus(
          status: $0.value.rawValue, letter: Words.targetLetter($0.value), label: $0.words,
          meaning: $0.meaning)
      },
      directionRule: key.directionRule,
      directions: key.movements.map {
        KeyIcon(
          icon: sprite.use(.movement($0.value.way, $0.value.meaning)), words: $0.words,
          meaning: $0.meaning)
      },
      spcIntroduction: key.spcIntroduction,
      variations: key.variations.map {
        KeyIcon(icon: sprite.use(.variation($0.value)), words: $0.words, meaning: $0.meaning)
      },
      assurances: key.assurances.map {
        KeyIcon(icon: sprite.use(.assurance($0.value)), words: $0.words, meaning: $0.meaning)
      },
      spcWords: key.spcWords.map(words), spcRules: key.spcRules,
      comparisonWords: key.comparisonWords.map(words), comparisons: key.comparisonMethods,
      exceptionIntroduction: key.exceptionIntroduction, exceptionRules: key.exceptionRules,
      marks: key.marks.map(words))
  }
}
