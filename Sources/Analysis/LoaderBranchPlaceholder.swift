// The Analysis target is built on the analysis branch. This file only lets the loader
// branch build on its own (SwiftPM needs one source file per target); delete it on merge.
