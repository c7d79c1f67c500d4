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
        .executableTarget(
            name: "monograph",
            dependencies: [
                "MonographKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "MonographKitTests",
            dependencies: ["MonographKit"],
            exclude: ["Fixtures", "Snapshots"]
        ),
    ]
)
