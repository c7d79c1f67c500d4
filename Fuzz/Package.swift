// swift-tools-version:6.0
// libFuzzer target over loading, parsing and validating one monograph (see `make fuzz` in mk/fuzz.mk).
import PackageDescription

let package = Package(
    name: "monograph-fuzz",
    dependencies: [
        // Named explicitly so that the product reference does not depend on the checkout's folder name.
        .package(name: "monograph", path: "..")
    ],
    targets: [
        // Declares libFuzzer's LLVMFuzzerRunDriver with its C signature; the library itself is linked in
        // from clang's libclang_rt.fuzzer_no_main at build time.
        .target(name: "FuzzDriver"),
        .executableTarget(
            name: "monograph-fuzz",
            dependencies: [
                "FuzzDriver",
                .product(name: "MonographKit", package: "monograph"),
            ]
        ),
    ]
)
