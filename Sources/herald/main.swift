import HeraldCLI
import HeraldSupport

AllocatorTuning.returnLargeBlocks()
HeraldCommand.main()
