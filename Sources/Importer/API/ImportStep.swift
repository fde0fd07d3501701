import IndicatorModel

/// The named steps of an import, in the order `Importer.run` takes them.
public enum ImportStep: String, CaseIterable, PipelineStep {
  /// Load and check the pack the export goes into.
  case loadPack = "load the pack"
  /// Read the export and find the pack's area in it.
  case readExport = "read the export"
  /// The indicator's definition: the pack's own, or a new one from the export.
  case defineIndicator = "define the indicator"
  /// Check every row as the pack's own data rows are checked.
  case checkRows = "check the rows"
  /// Merge the rows into the indicator's data file, in memory, noting what changed.
  case merge = "merge into the data file"
  /// Write the data file (and a new definition) through a temporary file and a rename.
  case write = "write the files"
  /// Compare boardpack's readings with the publisher's own.
  case crossCheck = "cross-check"
}
