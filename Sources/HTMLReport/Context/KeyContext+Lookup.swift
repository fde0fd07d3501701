import Mustache

// Template lookups by name, without reflection: swift-mustache otherwise finds every `{{name}}`
// with a `Mirror` of the whole context value, boxing each of its fields. Each case is the field
// of the same name, so templates see exactly the fields (TemplateLookupTests checks every one
// against the Mirror).

extension KeyContext: MustacheParent {
  /// The field named `name`, for the templates.
  public func child(named name: String) -> Any? {
    switch name {
    case "introduction": self.introduction
    case "targetRule": self.targetRule
    case "statuses": self.statuses
    case "directionRule": self.directionRule
    case "directions": self.directions
    case "spcIntroduction": self.spcIntroduction
    case "variations": self.variations
    case "assurances": self.assurances
    case "spcWords": self.spcWords
    case "spcRules": self.spcRules
    case "comparisonWords": self.comparisonWords
    case "comparisons": self.comparisons
    case "exceptionIntroduction": self.exceptionIntroduction
    case "exceptionRules": self.exceptionRules
    case "marks": self.marks
    default: nil
    }
  }
}

extension KeyStatus: MustacheParent {
  /// The field named `name`, for the templates.
  public func child(named name: String) -> Any? {
    switch name {
    case "status": self.status
    case "letter": self.letter
    case "label": self.label
    case "meaning": self.meaning
    default: nil
    }
  }
}

extension KeyIcon: MustacheParent {
  /// The field named `name`, for the templates.
  public func child(named name: String) -> Any? {
    switch name {
    case "icon": self.icon
    case "words": self.words
    case "meaning": self.meaning
    default: nil
    }
  }
}

extension KeyWords: MustacheParent {
  /// The field named `name`, for the templates.
  public func child(named name: String) -> Any? {
    switch name {
    case "words": self.words
    case "meaning": self.meaning
    default: nil
    }
  }
}
