// swift-tools-version:6.0
import PackageDescription

// The targets by layer, top first; dependencies point one way, down the list (design §8). Each
// line: what the target is, then the targets it depends on directly, leaving out those it
// reaches through another (the graph's transitive reduction; README's design notes list every
// declared dependency), packages and system libraries in brackets. A target declares exactly
// the modules it imports: `python3 scripts/check-imports.py` checks that.
//
//  BoardpackCLI   the `boardpack` commands  → PackBuilder, PartnerMail, Importer [ArgumentParser]
//  BoardpackBench `make bench`: timings     → PackBuilder
//  PackBuilder    `build`: named steps      → PDFReport, HTMLReport, WorkbookReport, PackLoader
//                                             [CGlibc, Crypto]
//  PartnerMail    `email`: named steps      → PDFReport, Mail, Templating, PackLoader [Mustache]
//  Importer       `import`: Fingertips, …   → PackLoader, Analysis
//  PDFReport      pack.pdf and summaries    → CairoCanvas [CCairo, CPango]
//  HTMLReport     the dashboard             → Charts, Templating [Mustache, Ink]
//  WorkbookReport pack.xlsx                 → Charts [CXlsxWriter]
//  CairoCanvas    Canvas on Cairo + Pango   → Charts [CCairo, CPango, CZlib, CDeflate]
//  Charts         chart specs on a Canvas   → Presentation
//  Presentation   readings in plain words   → Analysis
//  Analysis       the rules engine          → IndicatorModel
//  PackLoader     YAML/CSV → model          → IndicatorModel [Yams, CSV, Crypto]
//  Mail           MIME, SMTP, send log      → IndicatorModel [CCurl, Crypto]
//  Templating     TemplateError and words   → [Mustache]
//  IndicatorModel plain values, no I/O      → nothing
let package = Package(
  name: "boardpack",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "boardpack", targets: ["BoardpackCLI"]),
    .executable(name: "boardpack-bench", targets: ["BoardpackBench"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.0"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.0.0"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
    .package(url: "https://github.com/JohnSundell/Ink", from: "0.6.0"),
  ],
  targets: [
    .target(name: "IndicatorModel"),
    .target(
      name: "PackLoader",
      dependencies: [
        "IndicatorModel",
        .product(name: "Yams", package: "Yams"),
        .product(name: "CSV", package: "CSV.swift"),
        // SHA-256 of every input file as it is read, for manifest.json.
        .product(name: "Crypto", package: "swift-crypto"),
      ]),
    .target(name: "Analysis", dependencies: ["IndicatorModel"]),
    // Cairo and Pango from Debian's -dev packages (design §8); the set-up script installs them.
    .systemLibrary(
      name: "CCairo", pkgConfig: "cairo", providers: [.apt(["libcairo2-dev"])]),
    .systemLibrary(
      name: "CPango", pkgConfig: "pangocairo",
      providers: [.apt(["libpango1.0-dev", "fonts-liberation2"])]),
    // zlib, for PNG at a chosen compression level (PNGEncoder.swift says why).
    .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
    // libdeflate, which deflates the PNG image data faster than zlib (PNGEncoder.swift).
    .systemLibrary(
      name: "CDeflate", pkgConfig: "libdeflate", providers: [.apt(["libdeflate-dev"])]),
    // libxlsxwriter, which writes pack.xlsx (a well-kept C library: no zip or XML of our own).
    .systemLibrary(
      name: "CXlsxWriter", pkgConfig: "xlsxwriter", providers: [.apt(["libxlsxwriter-dev"])]),
    // glibc pieces Swift's Glibc module leaves out: mallopt (AllocatorTuning.swift).
    .systemLibrary(name: "CGlibc"),
    // Chart specs drawn on a small Canvas protocol; never imports Cairo. Specs are made from the
    // Analysis assessment (read, never computed: rendering computes no statistics).
    .target(name: "Charts", dependencies: ["IndicatorModel", "Analysis", "Presentation"]),
    // The Canvas on Cairo + Pango: PNG, SVG and PDF from one drawing routine.
    .target(
      name: "CairoCanvas",
      dependencies: [
        "Charts", "IndicatorModel", "CCairo", "CPango", "CZlib", "CDeflate",
      ]),
    // What the two template users (the dashboard and the partner emails) share: `TemplateError`,
    // which names a template's file, line and column, and swift-mustache's parser errors in words.
    .target(
      name: "Templating", dependencies: [.product(name: "Mustache", package: "swift-mustache")]),
    // Readings in plain words, shared by every output.
    .target(name: "Presentation", dependencies: ["IndicatorModel", "Analysis"]),
    // The PDF board pack and partner summaries: page layout measured by Pango, drawn on Cairo
    // (design §6.3–6.4); charts drawn on the page through CairoCanvas.
    .target(
      name: "PDFReport",
      dependencies: [
        "IndicatorModel", "Analysis", "Presentation", "Charts", "CairoCanvas", "CCairo", "CPango",
      ]),
    // The static HTML dashboard (design §6.2): a template context from the pack and the
    // assessment, rendered with Mustache templates from `Templates/`; commentary through Ink.
    .target(
      name: "HTMLReport",
      dependencies: [
        "IndicatorModel", "Analysis", "Presentation", "Charts", "Templating",
        .product(name: "Mustache", package: "swift-mustache"),
        .product(name: "Ink", package: "Ink"),
      ]),
    // The workbook pack.xlsx: the scorecard, the exceptions and actions, and every observation,
    // in the words of Presentation, written by libxlsxwriter in constant-memory mode.
    .target(
      name: "WorkbookReport",
      dependencies: ["IndicatorModel", "Analysis", "Presentation", "Charts", "CXlsxWriter"]),
    // `boardpack build`: named steps into a staging folder, moved into place when all succeed.
    .target(
      name: "PackBuilder",
      dependencies: [
        "IndicatorModel", "PackLoader", "Analysis", "Charts", "CairoCanvas", "PDFReport",
        "HTMLReport", "WorkbookReport", "Templating", "CGlibc",
        .product(name: "Crypto", package: "swift-crypto"),
      ]),
    // libcurl from Debian's libcurl4-openssl-dev; SMTP with STARTTLS and AUTH (design §6.5).
    .systemLibrary(
      name: "CCurl", pkgConfig: "libcurl", providers: [.apt(["libcurl4-openssl-dev"])]),
    .target(
      name: "Mail",
      dependencies: ["IndicatorModel", "CCurl", .product(name: "Crypto", package: "swift-crypto")]),
    // `boardpack email`: named steps from a pack folder to each partner's summary PDF in a MIME
    // message whose subject and bodies come from the Mustache templates in `Templates/email/`,
    // sent and recorded in the send log, or written as drafts (design §6.5).
    .target(
      name: "PartnerMail",
      dependencies: [
        "IndicatorModel", "PackLoader", "Analysis", "Presentation", "PDFReport", "Templating",
        "Mail", .product(name: "Mustache", package: "swift-mustache"),
      ]),
    // `boardpack import`: Fingertips exports and mapped long tables into the pack's data format,
    // with revisions reported and a cross-check against the publisher's own judgements.
    .target(name: "Importer", dependencies: ["IndicatorModel", "PackLoader", "Analysis"]),
    .executableTarget(
      name: "BoardpackCLI",
      dependencies: [
        "IndicatorModel", "PackLoader", "Analysis", "PackBuilder", "Presentation", "Charts",
        "CairoCanvas", "Importer", "Mail", "PartnerMail",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    // `make bench`: timings in release mode (design §10).
    .executableTarget(
      name: "BoardpackBench",
      dependencies: [
        "IndicatorModel", "PackLoader", "Analysis", "Charts", "CairoCanvas", "PDFReport",
        "PackBuilder", "WorkbookReport",
      ]),
    .testTarget(name: "IndicatorModelTests", dependencies: ["IndicatorModel", "TestSupport"]),
    .testTarget(
      name: "PresentationTests", dependencies: ["Presentation", "Analysis", "IndicatorModel"]),
    .testTarget(
      name: "PackLoaderTests", dependencies: ["PackLoader", "IndicatorModel", "TestSupport"]),
    // The real SMTP server (aiosmtpd, Tests/Fixtures/mail) and message parser that MailTests and
    // the CLI's end-to-end email tests share; a library only test targets depend on.
    .target(name: "MailTestSupport", dependencies: ["TestSupport"], path: "Tests/MailTestSupport"),
    // What several test targets share: temporary folders removed when the test process exits,
    // and running the independent tools that check outputs.
    .target(name: "TestSupport", path: "Tests/TestSupport"),
    // Delivers to a real SMTP server (aiosmtpd) on 127.0.0.1.
    .testTarget(name: "MailTests", dependencies: ["Mail", "IndicatorModel", "MailTestSupport"]),
    // End-to-end: runs the built `boardpack` executable as a process, so it depends on
    // BoardpackCLI (to have it built) without importing it.
    .testTarget(
      name: "BoardpackCLITests", dependencies: ["BoardpackCLI", "MailTestSupport", "TestSupport"]),
    .testTarget(
      name: "PartnerMailTests",
      dependencies: [
        "PartnerMail", "PackLoader", "Analysis", "IndicatorModel", "Mail", "Templating",
        "TestSupport",
      ]),
    .testTarget(
      name: "ImporterTests",
      dependencies: ["Importer", "PackLoader", "IndicatorModel", "TestSupport"]),
    .testTarget(name: "AnalysisTests", dependencies: ["Analysis", "IndicatorModel"]),
    // The output folder's machinery (`@testable`): path checks, the lock, and the commit with
    // its file-system calls made to fail on purpose.
    .testTarget(
      name: "PackBuilderTests",
      dependencies: ["PackBuilder", "Analysis", "IndicatorModel", "TestSupport"]),
    .testTarget(
      name: "ChartsTests",
      dependencies: ["Charts", "Analysis", "IndicatorModel", "PackLoader", "Presentation"]),
    .testTarget(
      name: "PDFReportTests",
      dependencies: [
        "PDFReport", "Analysis", "IndicatorModel", "PackLoader", "Presentation", "Charts", "CCairo",
        "CPango", "TestSupport",
      ]),
    .testTarget(
      name: "HTMLReportTests",
      dependencies: [
        "HTMLReport", "PackLoader", "Analysis", "IndicatorModel", "Templating", "TestSupport",
        "Charts", "CairoCanvas",
        .product(name: "Mustache", package: "swift-mustache"),
      ]),
    // The workbook read back by openpyxl, an independent reader of the format.
    .testTarget(
      name: "WorkbookReportTests",
      dependencies: [
        "WorkbookReport", "PackLoader", "Analysis", "IndicatorModel", "Presentation", "TestSupport",
      ]),
    .testTarget(
      name: "CairoCanvasTests",
      dependencies: [
        "CairoCanvas", "Charts", "Analysis", "IndicatorModel", "CCairo", "TestSupport",
      ]),
  ]
)
