import Mustache

// Template lookups by name, without reflection: swift-mustache otherwise finds every `{{name}}`
// with a `Mirror` of the whole context value, boxing each of its fields. Each case is the field
// of the same name, so templates see exactly the fields (TemplateLookupTests checks every one
// against the Mirror).

extension DashboardContext: MustacheParent {
  /// The field named `name`, for the templates.
  public func child(named name: String) -> Any? {
    switch name {
    case "lang": self.lang
    case "generator": self.generator
    case "pack": self.pack
    case "meeting": self.meeting
    case "period": self.period
    case "branding": self.branding
    case "colours": self.colours
    case "styles": self.styles
    case "headline": self.headline
    case "spcMatrix": self.spcMatrix
    case "exceptions": self.exceptions
    case "hasExceptions": self.hasExceptions
    case "themes": self.themes
    case "scorecard": self.scorecard
    case "key": self.key
    case "icons": self.icons
    case "carriedActions": self.carriedActions
    case "hasCarriedActions": self.hasCarriedActions
    case "carriedActionsIntro": self.carriedActionsIntro
    case "changes": self.changes
    default: nil
    }
  }
}

extension CarriedActionContext: MustacheParent {
  /// The field named `name`, for the templates.
  public func child(named name: String) -> Any? {
    switch name {
    case "action": self.action
    case "owner": self.owner
    case "indicatorID": self.indicatorID
    case "indicator": self.indicator
    case "raised": self.raised
    case "due": self.due
    case "state": self.state
    case "stateLabel": self.stateLabel
    default: nil
    }
  }
}

extension GeneratorContext: MustacheParent {
  /// The field named `name`, for the templates.
  public func child(named name: String) -> Any? {
    switch name {
    case "name": self.name
    case "version": self.version
    default: nil
    }
  }
}

extension PackContext: MustacheParent {
  /// The field named `name`, for the templates.
  public func child(named name: String) -> Any? {
    switch name {
    case "id": self.id
    case "title": self.title
    case "organisation": self.organisation
    case "board": self.board
    case "area": self.area
    default: nil
    }
  }
}

extension MeetingContext: MustacheParent {
  /// The field named `name`, for the templates.
  public func child(named name: String) -> Any? {
    switch name {
    case "title": self.title
    case "board": self.board
    case "date": self.date
    default: nil
    }
  }
}

extension PeriodContext: MustacheParent {
  /// The field named `name`, for the templates.
  public func child(named name: String) -> Any? {
    switch name {
    case "label": self.label
    case "slug": self.slug
    case "dates": self.dates
    default: nil
    }
  }
}

extension BrandingContext: MustacheParent {
  /// The field named `name`, for the templates.
  public func child(named name: String) -> Any? {
    switch name {
    case "colour": self.colour
    case "textColour": self.textColour
    case "font": self.font
    case "logo": self.logo
    default: nil
    }
  }
}

extension ColourContext: MustacheParent {
  /// The field named `name`, for the templates.
  public func child(named name: String) -> Any? {
    switch name {
    case "name": self.name
    case "background": self.background
    case "text": self.text
    case "contrast": self.contrast
    default: nil
    }
  }
}

extension StylesContext: MustacheParent {
  /// The field named `name`, for the templates.
  public func child(named name: String) -> Any? {
    switch name {
    case "screen": self.screen
    case "print": self.print
    default: nil
    }
  }
}

extension IconsContext: MustacheParent {
  /// The field named `name`, for the templates.
  public func child(named name: String) -> Any? {
    switch name {
    case "sprite": self.sprite
    default: nil
    }
  }
}

extension ChangesContext: MustacheParent {
  /// The field named `name`, for the templates.
  public func child(named name: String) -> Any? {
    switch name {
    case "intro": self.intro
    case "notes": self.notes
    case "groups": self.groups
    default: nil
    }
  }
}

extension ChangeGroupContext: MustacheParent {
  /// The field named `name`, for the templates.
  public func child(named name: String) -> Any? {
    switch name {
    case "title": self.title
    case "items": self.items
    default: nil
    }
  }
}

extension ChangeItemContext: MustacheParent {
  /// The field named `name`, for the templates.
  public func child(named name: String) -> Any? {
    switch name {
    case "id": self.id
    case "title": self.title
    case "linked": self.linked
    case "text": self.text
    default: nil
    }
  }
}
