import HeraldCLI

HeraldCommand.main()
