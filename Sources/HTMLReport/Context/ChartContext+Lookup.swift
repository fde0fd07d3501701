import Mustache

// Template lookups by name, without reflection: swift-mustache otherwise finds every `{{name}}`
// with a `Mirror` of the whole context value, boxing each of its fields. Each case is the field
// of the same name, so templates see exactly the fields (TemplateLookupTests checks every one
// against the Mirror).

extension ChartContext: MustacheParent {
  /// The field named `name`, for the templates.
  public func child(named name: String) -> Any? {
    switch name {
    case "kind": self.kind
    case "heading": self.heading
    case "svg": self.svg
    case "alt": self.alt
    case "table": self.table
    case "notes": self.notes
    case "hasNotes": self.hasNotes
    default: nil
    }
  }
}

extension ChartTable: MustacheParent {
  /// The field named `name`, for the templates.
  public func child(named name: String) -> Any? {
    switch name {
    case "caption": self.caption
    case "columns": self.columns
    case "rows": self.rows
    default: nil
    }
  }
}

extension ChartRow: MustacheParent {
  /// The field named `name`, for the templates.
  public func child(named name: String) -> Any? {
    switch name {
    case "header": self.header
    case "cells": self.cells
    default: nil
    }
  }
}
