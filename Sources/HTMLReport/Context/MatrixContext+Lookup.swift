import Mustache

// Template lookups by name, without reflection (see DashboardContext+Lookup.swift);
// TemplateLookupTests checks every field against the Mirror.

extension MatrixContext: MustacheParent {
  /// The field named `name`, for the templates.
  public func child(named name: String) -> Any? {
    switch name {
    case "caption": self.caption
    case "introduction": self.introduction
    case "columns": self.columns
    case "rows": self.rows
    default: nil
    }
  }
}

extension MatrixHeadingContext: MustacheParent {
  /// The field named `name`, for the templates.
  public func child(named name: String) -> Any? {
    switch name {
    case "words": self.words
    case "icon": self.icon
    default: nil
    }
  }
}

extension MatrixRowContext: MustacheParent {
  /// The field named `name`, for the templates.
  public func child(named name: String) -> Any? {
    switch name {
    case "heading": self.heading
    case "count": self.count
    case "hasIndicators": self.hasIndicators
    case "cells": self.cells
    default: nil
    }
  }
}

extension MatrixCellContext: MustacheParent {
  /// The field named `name`, for the templates.
  public func child(named name: String) -> Any? {
    switch name {
    case "column": self.column
    case "indicators": self.indicators
    case "hasIndicators": self.hasIndicators
    default: nil
    }
  }
}

extension MatrixEntryContext: MustacheParent {
  /// The field named `name`, for the templates.
  public func child(named name: String) -> Any? {
    switch name {
    case "id": self.id
    case "title": self.title
    default: nil
    }
  }
}
