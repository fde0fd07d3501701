import ArgumentParser
import IndicatorModel
import PackLoader
import Presentation

/// `boardpack commentary`: the period's commentary file, written as a request to the owners.
struct CommentaryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "commentary",
    abstract: "Write the period's commentary file as a request to the owners.",
    discussion: """
      Writes commentary/<period-slug>.yaml into the pack folder, for the owners to fill in: an \
      entry for every exception of the period and every indicator with an action from an \
      earlier meeting, grouped by the owner its file names (its lead, else its owner), with \
      the owner as author, empty text, and each action from an earlier meeting copied with \
      status: open for the owner to mark done or dropped. Above each entry, as comments: the \
      indicator's title, why it is an exception, its latest figure and where each action \
      stands, in the words of `boardpack exceptions`.

      It never writes over a commentary file the period already has. An entry whose text is \
      still empty is no commentary in the pack; `boardpack check` warns about each.

      --owner NAME prints that owner's part (as a commentary file of its own) to standard \
      output instead, to paste into an email, and writes nothing.
      """)

  @OptionGroup var options: PackOptions

  @Option(
    help: ArgumentHelp(
      "Print this owner's part to standard output instead of writing the file.",
      valueName: "NAME"))
  var owner: String?

  func run() throws {
    let (pack, assessment) = try options.loadAssessment()
    var standardError = StandardError()
    guard let request = CommentaryRequest(pack: pack, assessment: assessment) else {
      print(
        "error: the pack names no period and has no data: set `period:` in pack.yaml or use --period",
        to: &standardError)
      throw ExitCode(1)
    }
    let period = request.period.label
    if request.isEmpty {
      print(
        "No exceptions and no actions from earlier meetings in \(period): there is nothing to ask the owners, so no commentary file was written."
      )
      return
    }
    if let owner {
      guard let part = request.only(owner: owner) else {
        let owners = request.owners.map { "\"\($0)\"" }.joined(separator: ", ")
        print(
          "error: no entries for owner \(UserText.quoted(owner)) in \(period); the owners with entries are \(owners)",
          to: &standardError)
        throw ExitCode(1)
      }
      print(try part.yaml(), terminator: "")
      return
    }
    do {
      let path = try CommentaryFileWriter.create(request, inPack: options.directory)
      let entries = request.parts.map(\.entries.count).reduce(0, +)
      print(
        "Wrote \(path): \(count(entries, "entry", "entries")) for \(count(request.parts.count, "owner", "owners")). "
          + "Send each owner their part (boardpack commentary --owner NAME); boardpack check "
          + "warns about every entry still without text.")
    } catch {
      print(error, to: &standardError)
      throw ExitCode(1)
    }
  }

  private func count(_ n: Int, _ one: String, _ many: String) -> String {
    "\(n) \(n == 1 ? one : many)"
  }
}
