/// A period's commentary file before the owners write it (`boardpack commentary`): for each
/// owner, an entry per measure the board will ask them about, with the readings as notes.
///
/// Each entry is the commentary to fill in — its author the owner, its text empty, the actions
/// from earlier meetings copied open for the owner to mark done or dropped — and notes above it:
/// the indicator's title, why it is an exception, its latest figure, where each action stands.
public struct CommentaryRequest: Hashable, Sendable {
  /// The reporting period the file is for.
  public var period: Period
  /// What the file is and how to answer it, one line each, at the top.
  public var preface: [String]
  /// One part per owner, in name order; the part for indicators that name no owner last.
  public var parts: [Part]

  public init(period: Period, preface: [String], parts: [Part]) {
    self.period = period
    self.preface = preface
    self.parts = parts
  }

  /// One owner's entries.
  public struct Part: Hashable, Sendable {
    /// The owner as `--owner` names them (an indicator's lead, else its owner); nil for
    /// indicators that name neither.
    public var owner: String?
    /// The line above the part: "Owner: Viki Packman (Integrated Children's Service)".
    public var heading: String
    /// In the pack's order.
    public var entries: [Entry]

    public init(owner: String?, heading: String, entries: [Entry]) {
      self.owner = owner
      self.heading = heading
      self.entries = entries
    }
  }

  /// One indicator's commentary to write, with what its owner should read first.
  public struct Entry: Hashable, Sendable {
    /// One line each; a line that starts "- " is an item of a list.
    public var notes: [String]
    public var commentary: Commentary

    public init(notes: [String], commentary: Commentary) {
      self.notes = notes
      self.commentary = commentary
    }
  }

  /// Whether there is nothing to ask anyone: no exception and no action from earlier meetings.
  public var isEmpty: Bool { parts.isEmpty }

  /// The owners with entries, as `--owner` takes them.
  public var owners: [String] { parts.compactMap(\.owner) }

  /// The request for one owner alone (the name in any case), nil when they have no entry.
  public func only(owner name: String) -> CommentaryRequest? {
    guard let part = parts.first(where: { $0.owner?.lowercased() == name.lowercased() }) else {
      return nil
    }
    return CommentaryRequest(period: period, preface: preface, parts: [part])
  }
}
