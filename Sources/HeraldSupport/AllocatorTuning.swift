#if canImport(Glibc)
import Glibc
#endif

/// Settings of the C allocator for one process of Herald, made once at start-up by the executable.
public enum AllocatorTuning {
    /// glibc's `M_MMAP_THRESHOLD` (malloc.h, which Swift's Glibc module leaves out).
    private static let mmapThreshold: Int32 = -3

    /// Has blocks of 128 KiB or more mapped on their own and handed back to the system when freed.
    ///
    /// glibc raises its threshold each time such a block is freed, after which large pages and JSON buffers come
    /// from the heap and stay resident once freed: etcd's site peaked 20 MB higher without this. A no-op where
    /// `mallopt` is missing.
    public static func returnLargeBlocks() {
        #if canImport(Glibc)
        typealias SetOption = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "mallopt") else { return }
        _ = unsafeBitCast(symbol, to: SetOption.self)(mmapThreshold, 128 * 1024)
        #endif
    }
}
