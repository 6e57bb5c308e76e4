#if canImport(Glibc)
import Glibc
#endif

/// Writes bytes to a file descriptor until all are written, as stdout, generated files and site pages need.
enum DescriptorWrite {
    /// Writes every byte of `bytes`, retrying interrupted and short writes; nil on success, else the error number.
    static func all(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32? {
        var offset = 0
        while offset < bytes.count, let base = bytes.baseAddress {
            let written = write(descriptor, base + offset, bytes.count - offset)
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return written == 0 ? EIO : errno }
            offset += written
        }
        return nil
    }
}
