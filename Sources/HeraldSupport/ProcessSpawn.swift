import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One `posix_spawn` call: the child gets three streams, the folder and the environment it is given, no other
/// descriptor of ours, default signal handling and an empty signal mask.
struct ProcessSpawn {
    /// The program's path.
    var executable: String
    /// Its arguments, without the program itself.
    var arguments: [String]
    /// Its complete environment.
    var environment: [String: String]
    /// The folder it starts in, nil for ours.
    var directory: String?
    /// Descriptors for standard input, output and error; nil inherits ours.
    var streams: [Int32?]

    private typealias AddCloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
    private typealias AddChdir = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32

    // GNU extensions (glibc 2.34 and 2.29) that Swift's Glibc module does not declare without _GNU_SOURCE.
    private static let addCloseFrom: AddCloseFrom? = dlsym(dlopen(nil, RTLD_NOW), "posix_spawn_file_actions_addclosefrom_np")
        .map { unsafeBitCast($0, to: AddCloseFrom.self) }
    private static let addChdir: AddChdir? = dlsym(dlopen(nil, RTLD_NOW), "posix_spawn_file_actions_addchdir_np")
        .map { unsafeBitCast($0, to: AddChdir.self) }

    /// Starts the child and returns its process id.
    func start() throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        _ = posix_spawn_file_actions_init(&actions)
        defer { _ = posix_spawn_file_actions_destroy(&actions) }
        // Callers pass pipes and files, whose descriptors lie above 2, so the copies cannot overwrite each other.
        for (target, source) in streams.enumerated() {
            guard let source else { continue }
            if source < 0 {
                // A handle without a descriptor of its own (a null device that was never opened) reads nothing.
                _ = posix_spawn_file_actions_addopen(&actions, Int32(target), "/dev/null", target == 0 ? O_RDONLY : O_WRONLY, 0)
            } else {
                _ = posix_spawn_file_actions_adddup2(&actions, source, Int32(target))
            }
        }
        if let directory {
            guard let addChdir = Self.addChdir else { throw CocoaError(.featureUnsupported) }
            _ = addChdir(&actions, directory)
        }
        if let addCloseFrom = Self.addCloseFrom {
            _ = addCloseFrom(&actions, 3)
        }
        var attributes = posix_spawnattr_t()
        _ = posix_spawnattr_init(&attributes)
        defer { _ = posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        _ = sigemptyset(&noSignals)
        _ = posix_spawnattr_setsigmask(&attributes, &noSignals)
        var defaults = sigset_t()
        _ = sigemptyset(&defaults)
        for number in [SIGINT, SIGTERM, SIGHUP, SIGPIPE, SIGQUIT] { _ = sigaddset(&defaults, number) }
        _ = posix_spawnattr_setsigdefault(&attributes, &defaults)
        _ = posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard result == 0 else { throw CocoaError(.fileReadUnknown, userInfo: [NSUnderlyingErrorKey: POSIXError(POSIXErrorCode(rawValue: result) ?? .EIO)]) }
        return pid
    }
}
