// swift-tools-version:6.0
import PackageDescription

/// The stages of the library are compiled for each other's optimizer: their functions may be inlined and
/// specialised across the targets' boundaries, as within one module.
let acrossStages: [SwiftSetting] = [.unsafeFlags(["-cross-module-optimization"], .when(configuration: .release))]

let package = Package(
    name: "monograph",
    products: [
        .executable(name: "monograph", targets: ["monograph"]),
        // The library: its four stages, for the fuzz target (which reads through `MonographCore`).
        .library(name: "MonographKit", targets: ["MonographCore", "MonographViews", "MonographRendering", "MonographKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        // The preview server of `monograph serve`: a small HTTP and WebSocket server on plain sockets,
        // far lighter to build than a SwiftNIO stack.
        .package(url: "https://github.com/swhitty/FlyingFox.git", from: "0.27.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // The library, one target per stage of the pipeline, each importing only those below it: the
        // contract, reading and model; the computed views and their charts; rendering and output; the
        // build and the incremental engine of `serve`, which bring the stages together.
        .target(
            name: "MonographCore",
            dependencies: [
                "CCmark",
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: acrossStages
        ),
        .target(name: "MonographViews", dependencies: ["MonographCore"], swiftSettings: acrossStages),
        .target(
            name: "MonographRendering",
            dependencies: [
                "MonographCore",
                "MonographViews",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            swiftSettings: acrossStages
        ),
        .target(
            name: "MonographKit", dependencies: ["MonographCore", "MonographViews", "MonographRendering"], swiftSettings: acrossStages),
        .target(
            name: "MonographServe",
            dependencies: [
                "MonographKit",
                .product(name: "FlyingFox", package: "FlyingFox"),
            ]
        ),
        .executableTarget(
            name: "monograph",
            dependencies: [
                "MonographKit",
                "MonographServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "MonographKitTests",
            dependencies: ["MonographCore", "MonographViews", "MonographRendering", "MonographKit", "MonographServe"],
            exclude: ["Fixtures", "Snapshots"]
        ),
    ]
)
