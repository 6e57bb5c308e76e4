#if canImport(Glibc)
import Glibc
#endif

/// Swaps two paths in one step with Linux's `renameat2(RENAME_EXCHANGE)`, so readers never see a missing site.
enum AtomicExchange {
    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    // Glibc declares renameat2 only under _GNU_SOURCE, which Swift's Glibc module does not set.
    private static let function: RenameAt2? = {
        #if canImport(Glibc)
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: RenameAt2.self)
        #else
        return nil
        #endif
    }()

    /// Exchanges `first` and `second`; false when the system or file system cannot, and nothing moved.
    static func exchange(_ first: String, _ second: String) -> Bool {
        #if canImport(Glibc)
        guard let function else { return false }
        let exchangeFlag: UInt32 = 1 << 1
        return function(AT_FDCWD, first, AT_FDCWD, second, exchangeFlag) == 0
        #else
        return false
        #endif
    }
}
