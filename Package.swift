// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "monograph",
    products: [
        .executable(name: "monograph", targets: ["monograph"]),
        .library(name: "MonographKit", targets: ["MonographKit"]),
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
        .target(
            name: "MonographKit",
            dependencies: [
                "CCmark",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
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
            dependencies: ["MonographKit", "MonographServe"],
            exclude: ["Fixtures", "Snapshots"]
        ),
    ]
)
