import Analysis
import IndicatorModel

/// The named colours of every chart, in one documented place (style.md §10; compare
/// NHSRplotthedots' `ptd_spc_colours.R`).
///
/// SPC colours follow the NHS *Making Data Count* convention: blue for improvement, orange for
/// concern, grey for common cause, purple for special cause that is neither. RAG colours are the
/// GOV.UK design system's red and green and a dark amber. Colour is never the only signal: every
/// coloured mark also has a shape, letter or label.
///
/// Every colour that carries meaning has a contrast of at least 3:1 against white (WCAG 2.2
/// SC 1.4.11, non-text contrast), so the MDC blue, orange and grey and the GOV.UK orange are
/// darkened here; ``meaningful`` lists them and a test computes each ratio. Only the grid, the
/// highlight band and the background are lighter: they decorate and carry nothing.
public struct Palette: Hashable, Sendable {
  /// Special cause improvement — MDC blue darkened to `#2B8CC4` (3.7:1; MDC's `#289DE0` is
  /// 2.99:1).
  public var improvement = Colour(rgb: 0x2B8CC4)
  /// Special cause concern — MDC orange darkened to `#CC6D00` (3.7:1; MDC's `#FAB428` is 1.8:1).
  public var concern = Colour(rgb: 0xCC6D00)
  /// Common cause variation — grey `#8A8A8A` (3.5:1).
  public var commonCause = Colour(rgb: 0x8A8A8A)
  /// Special cause, neither improvement nor concern (no-judgement measures) — purple `#7B4FA0`.
  public var neutral = Colour(rgb: 0x7B4FA0)

  /// RAG red — GOV.UK red `#D4351C`.
  public var red = Colour(rgb: 0xD4351C)
  /// RAG amber — dark amber `#B35C00` (4.7:1; GOV.UK's orange `#F47738` is 2.8:1), so a white
  /// letter on it reads too.
  public var amber = Colour(rgb: 0xB35C00)
  /// RAG green — GOV.UK green `#00703C`.
  public var green = Colour(rgb: 0x00703C)

  /// The pack's own area (its series and highlighted bar) — the branding colour, GOV.UK blue
  /// `#005EA5` by default.
  public var area = Colour(rgb: 0x005EA5)
  /// England — near-black `#0B0C0C`.
  public var national = Colour(rgb: 0x0B0C0C)
  /// The region — dark grey `#6F777B`.
  public var region = Colour(rgb: 0x6F777B)
  /// A comparator group's mean (e.g. statistical neighbours) — GOV.UK purple `#912B88`.
  public var groupMean = Colour(rgb: 0x912B88)
  /// Named comparator areas, in turn: turquoise, brown, pink.
  public var named = [Colour(rgb: 0x28A197), Colour(rgb: 0x8B4513), Colour(rgb: 0xD53880)]
  /// Bars for comparators in the compare chart — grey `#8E9294` (3.1:1).
  public var otherBar = Colour(rgb: 0x8E9294)

  /// Compared with England, as Fingertips colours its bars: significantly better — the RAG
  /// green `#00703C`.
  public var better = Colour(rgb: 0x00703C)
  /// Similar to England — Fingertips' amber darkened to gold `#B58A00` (3.2:1; Fingertips'
  /// `#FFC000` is 1.6:1).
  public var similar = Colour(rgb: 0xB58A00)
  /// Significantly worse than England — the RAG red `#D4351C`.
  public var worse = Colour(rgb: 0xD4351C)
  /// Significantly higher, where neither direction is better — dark blue `#1D4F91`.
  public var higher = Colour(rgb: 0x1D4F91)
  /// Significantly lower, where neither direction is better — light blue `#5694CA` (3.2:1).
  public var lower = Colour(rgb: 0x5694CA)
  /// Not compared — drawn as a white bar in this outline, `#6F777B`, as Fingertips leaves such
  /// areas uncoloured.
  public var notCompared = Colour(rgb: 0x6F777B)

  /// Target line — the RAG red, so "below the red line" reads as a miss.
  public var target = Colour(rgb: 0xD4351C)
  /// The SPC data line joining points — grey `#7F7F7F`.
  public var spcLine = Colour(rgb: 0x7F7F7F)
  /// The SPC mean — dark grey `#3C3C3C`.
  public var mean = Colour(rgb: 0x3C3C3C)
  /// SPC process limits — grey `#7F7F7F`, drawn dashed.
  public var limits = Colour(rgb: 0x7F7F7F)
  /// Confidence interval whiskers — dark grey `#505A5F`.
  public var whisker = Colour(rgb: 0x505A5F)

  /// Main text — GOV.UK text colour `#0B0C0C`.
  public var text = Colour(rgb: 0x0B0C0C)
  /// Secondary text (axis titles, notes) — GOV.UK secondary text `#505A5F`.
  public var secondaryText = Colour(rgb: 0x505A5F)
  /// Axis lines — `#6F777B`.
  public var axis = Colour(rgb: 0x6F777B)
  /// Grid lines — light grey `#E0E0E0`.
  public var grid = Colour(rgb: 0xE0E0E0)
  /// The background behind the highlighted row of a compare chart — `#F3F2F1`.
  public var highlightBand = Colour(rgb: 0xF3F2F1)
  /// Canvas background.
  public var background = Colour.white

  /// The standard palette.
  public init() {}

  /// The standard palette with the pack's branding colour for its own area (ignored when it is
  /// not `#RRGGBB`).
  public init(branding: Branding) {
    if let colour = Colour(hex: branding.colour) { area = colour }
  }

  /// Every colour that carries meaning, by name: each must reach 3:1 against white.
  public var meaningful: [(name: String, colour: Colour)] {
    [
      ("improvement", improvement), ("concern", concern), ("commonCause", commonCause),
      ("neutral", neutral), ("red", red), ("amber", amber), ("green", green), ("area", area),
      ("national", national), ("region", region), ("groupMean", groupMean),
      ("otherBar", otherBar), ("target", target), ("spcLine", spcLine), ("mean", mean),
      ("limits", limits), ("whisker", whisker), ("better", better), ("similar", similar),
      ("worse", worse), ("higher", higher), ("lower", lower), ("notCompared", notCompared),
      ("text", text),
      ("secondaryText", secondaryText), ("axis", axis),
    ] + named.enumerated().map { ("named[\($0.offset)]", $0.element) }
  }

  /// The fill for an area compared with England (the outline alone for not compared).
  public func colour(for comparison: BenchmarkComparison) -> Colour {
    switch comparison {
    case .better, .better998: better
    case .similar: similar
    case .worse, .worse998: worse
    case .higher, .higher998: higher
    case .lower, .lower998: lower
    case .notCompared: notCompared
    }
  }

  /// The colour for an SPC point's reading.
  public func colour(for cause: ControlChart.Cause) -> Colour {
    switch cause {
    case .common: commonCause
    case .improvement: improvement
    case .concern: concern
    case .neutral: neutral
    }
  }
}
