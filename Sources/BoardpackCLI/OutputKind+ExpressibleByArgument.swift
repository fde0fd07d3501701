import ArgumentParser
import PackBuilder

/// An output read from its name on the command line (`pdf`), one item of `OutputSelection`.
///
/// Declared in the CLI because PackBuilder, a library, does not depend on ArgumentParser.
extension OutputKind: ExpressibleByArgument {}
