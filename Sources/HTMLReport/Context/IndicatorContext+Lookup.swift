import Mustache

// Template lookups by name, without reflection: swift-mustache otherwise finds every `{{name}}`
// with a `Mirror` of the whole context value, boxing each of its fields. Each case is the field
// of the same name, so templates see exactly the fields (TemplateLookupTests checks every one
// against the Mirror).

extension IndicatorContext: MustacheParent {
  /// The field named `name`, for the templates.
  public func child(named name: String) -> Any? {
    switch name {
    case "id": self.id
    case "title": self.title
    case "theme": self.theme
    case "exception": self.exception
    case "rag": self.rag
    case "latest": self.latest
    case "target": self.target
    case "direction": self.direction
    case "spc": self.spc
    case "national": self.national
    case "group": self.group
    case "sparkline": self.sparkline
    case "charts": self.charts
    case "noFigures": self.noFigures
    case "flags": self.flags
    case "hasFlags": self.hasFlags
    case "commentary": self.commentary
    case "actions": self.actions
    case "hasActions": self.hasActions
    case "definition": self.definition
    default: nil
    }
  }
}

extension RAGContext: MustacheParent {
  /// The field named `name`, for the templates.
  public func child(named name: String) -> Any? {
    switch name {
    case "status": self.status
    case "letter": self.letter
    case "label": self.label
    default: nil
    }
  }
}

extension LatestContext: MustacheParent {
  /// The field named `name`, for the templates.
  public func child(named name: String) -> Any? {
    switch name {
    case "period": self.period
    case "value": self.value
    case "interval": self.interval
    default: nil
    }
  }
}

extension TargetContext: MustacheParent {
  /// The field named `name`, for the templates.
  public func child(named name: String) -> Any? {
    switch name {
    case "label": self.label
    case "value": self.value
    case "amber": self.amber
    default: nil
    }
  }
}

extension DirectionContext: MustacheParent {
  /// The field named `name`, for the templates.
  public func child(named name: String) -> Any? {
    switch name {
    case "previous": self.previous
    case "yearAgo": self.yearAgo
    case "unit": self.unit
    default: nil
    }
  }
}

extension DirectionReading: MustacheParent {
  /// The field named `name`, for the templates.
  public func child(named name: String) -> Any? {
    switch name {
    case "words": self.words
    case "sentence": self.sentence
    case "icon": self.icon
    default: nil
    }
  }
}

extension SPCContext: MustacheParent {
  /// The field named `name`, for the templates.
  public func child(named name: String) -> Any? {
    switch name {
    case "words": self.words
    case "variation": self.variation
    case "assurance": self.assurance
    default: nil
    }
  }
}

extension IconReading: MustacheParent {
  /// The field named `name`, for the templates.
  public func child(named name: String) -> Any? {
    switch name {
    case "words": self.words
    case "icon": self.icon
    default: nil
    }
  }
}

extension NationalContext: MustacheParent {
  /// The field named `name`, for the templates.
  public func child(named name: String) -> Any? {
    switch name {
    case "name": self.name
    case "value": self.value
    case "words": self.words
    default: nil
    }
  }
}

extension GroupContext: MustacheParent {
  /// The field named `name`, for the templates.
  public func child(named name: String) -> Any? {
    switch name {
    case "name": self.name
    case "rank": self.rank
    case "words": self.words
    default: nil
    }
  }
}

extension FlagContext: MustacheParent {
  /// The field named `name`, for the templates.
  public func child(named name: String) -> Any? {
    switch name {
    case "severity": self.severity
    case "severityLabel": self.severityLabel
    case "rule": self.rule
    case "message": self.message
    default: nil
    }
  }
}

extension CommentaryContext: MustacheParent {
  /// The field named `name`, for the templates.
  public func child(named name: String) -> Any? {
    switch name {
    case "author": self.author
    case "html": self.html
    default: nil
    }
  }
}

extension ActionContext: MustacheParent {
  /// The field named `name`, for the templates.
  public func child(named name: String) -> Any? {
    switch name {
    case "owner": self.owner
    case "action": self.action
    case "due": self.due
    default: nil
    }
  }
}

extension DefinitionItem: MustacheParent {
  /// The field named `name`, for the templates.
  public func child(named name: String) -> Any? {
    switch name {
    case "term": self.term
    case "detail": self.detail
    default: nil
    }
  }
}
