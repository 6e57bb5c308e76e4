/// One step of a component's releases, due once the history holds `position` commits.
struct ReleaseEvent {
    /// What the step does.
    enum Step {
        /// Tags release candidate `number` of minor `minor` on main.
        case candidate(minor: Int, number: Int)
        /// Releases minor `minor` from main and opens its release branch.
        case release(minor: Int)
        /// Writes patch `cycle - i` of every minor `i` due in this cycle, as the single-sidecar history does.
        case patches(cycle: Int)
    }

    /// Commits the history holds, at least, before the step.
    let position: Int
    /// Index of the component's track, so simultaneous steps keep a fixed order.
    let track: Int
    /// Order of the step within its track.
    let sequence: Int
    /// The step.
    let step: Step

    /// Whether `self` comes before `other`: by position, then track, then the track's own order.
    func precedes(_ other: ReleaseEvent) -> Bool {
        (position, track, sequence) < (other.position, other.track, other.sequence)
    }
}

/// A component's release plan in the monorepo, laid out over the commits, and its release branches' state.
struct ReleaseTrack {
    /// Which releases to tag, with the component's tag prefix.
    let schedule: ReleaseSchedule
    /// Whether the component's releases rewrite the manifests under `deploy/`.
    let pinsManifests: Bool
    /// Tip of each minor's release branch, by minor index, once it exists.
    var releaseTips: [Int: Int] = [:]
    /// The manifests on each minor's release branch, by minor index, once it exists.
    var manifests: [Int: DeployManifests] = [:]

    /// How many patch cycles follow the last minor, so that minors with up to six patches get them all.
    static let trailingCycles = 7

    /// Commits one patch release takes on average: cherry-pick PRs and a release commit.
    static let commitsPerPatch = 6

    /// Commits the track writes besides main-line development: patches and release commits.
    var reservedCommits: Int {
        schedule.patchCount * Self.commitsPerPatch + schedule.minors.count * 2
    }

    /// The track's steps spread evenly over main-line commits 1…`span`, as `track` among the components.
    ///
    /// Each minor gets an equal slice: its due patches halfway, its candidates from six tenths, its release at
    /// the end; the patch cycles after the last minor share one more slice.
    func events(track: Int, span: Int) -> [ReleaseEvent] {
        let minors = schedule.minors.count
        let slice = max(8, span / (minors + 1))
        var events: [ReleaseEvent] = []
        /// Appends a step due at `position`, after the track's earlier steps.
        func add(_ position: Int, _ step: ReleaseEvent.Step) {
            events.append(ReleaseEvent(position: position, track: track, sequence: events.count, step: step))
        }
        for (index, minor) in schedule.minors.enumerated() {
            let start = 1 + index * slice
            if index > 0 {
                add(start + slice / 2, .patches(cycle: index))
            }
            for candidate in stride(from: 1, through: minor.candidates, by: 1) {
                add(start + slice * (6 + candidate) / 10, .candidate(minor: index, number: candidate))
            }
            add(start + slice - 1, .release(minor: index))
        }
        for cycle in minors..<(minors + Self.trailingCycles) {
            add(1 + minors * slice + (cycle - minors + 1) * slice / 8, .patches(cycle: cycle))
        }
        return events
    }

    /// The minors with a patch due in `cycle`, with that patch's number, oldest minor first.
    func patchesDue(in cycle: Int) -> [(index: Int, patch: Int)] {
        stride(from: max(0, cycle - 6), to: min(cycle, schedule.minors.count), by: 1).compactMap { index in
            let patch = cycle - index
            guard patch <= schedule.minors[index].patches, releaseTips[index] != nil else {
                return nil
            }
            return (index, patch)
        }
    }
}
