import Analysis
import IndicatorModel
import Presentation

/// The exceptions, most severe first, each with every reason the engine gave.
struct ExceptionList {
  let pack: Pack
  let assessment: Assessment

  var text: String {
    var lines = [headline(pack: pack, assessment: assessment), ""]
    let exceptions = assessment.exceptions
    if exceptions.isEmpty {
      lines.append("No exceptions: no measure needs the board's attention this period.")
    }
    for (number, item) in exceptions.enumerated() {
      let severity = item.exceptionSeverity?.rawValue.uppercased() ?? ""
      lines.append("\(number + 1). [\(severity)] \(item.title) (\(item.period?.label ?? "–"))")
      for flag in item.exceptionFlags {
        lines.append("   - \(flag.message)")
      }
      let others = item.flags.filter { flag in !item.exceptionFlags.contains(flag) }
      for flag in others {
        lines.append("   · \(flag.message)")
      }
      if let indicator = pack.indicators.first(where: { $0.id == item.id }),
        let owner = [indicator.lead, indicator.owner].compactMap({ $0 }).first
      {
        lines.append("   Owner: \(owner)")
      }
      lines.append("")
    }
    return lines.joined(separator: "\n") + (exceptions.isEmpty ? "\n" : "")
  }
}
