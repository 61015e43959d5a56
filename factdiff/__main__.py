from factdiff.cli import main

main()
