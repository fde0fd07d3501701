// swift-tools-version:6.0
import PackageDescription

// Targets by layer; dependencies point one way (design §8):
// IndicatorModel → PackLoader → Analysis → (Charts → CairoCanvas → Report → Mail) → BoardpackCLI
let package = Package(
  name: "boardpack",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "boardpack", targets: ["BoardpackCLI"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.0"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.0.0"),
  ],
  targets: [
    .target(name: "IndicatorModel"),
    .target(
      name: "PackLoader",
      dependencies: [
        "IndicatorModel",
        .product(name: "Yams", package: "Yams"),
        .product(name: "CSV", package: "CSV.swift"),
      ]),
    .target(name: "Analysis", dependencies: ["IndicatorModel"]),
    // libcurl from Debian's libcurl4-openssl-dev; SMTP with STARTTLS and AUTH (design §6.5).
    .systemLibrary(
      name: "CCurl", pkgConfig: "libcurl", providers: [.apt(["libcurl4-openssl-dev"])]),
    .target(
      name: "Mail",
      dependencies: ["IndicatorModel", "CCurl", .product(name: "Crypto", package: "swift-crypto")]),
    .executableTarget(
      name: "BoardpackCLI",
      dependencies: [
        "IndicatorModel", "PackLoader", "Analysis",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    .testTarget(name: "IndicatorModelTests", dependencies: ["IndicatorModel"]),
    .testTarget(name: "PackLoaderTests", dependencies: ["PackLoader", "IndicatorModel"]),
    // Delivers to a real SMTP server (aiosmtpd) on 127.0.0.1; Fixtures holds its Python scripts.
    .testTarget(name: "MailTests", dependencies: ["Mail", "IndicatorModel"], exclude: ["Fixtures"]),
    // End-to-end: runs the built `boardpack` executable as a process.
    .testTarget(name: "BoardpackCLITests", dependencies: ["BoardpackCLI", "PackLoader"]),
  ]
)
