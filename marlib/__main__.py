import sys

try:
    from marlib.cli import main
except KeyboardInterrupt:  # Ctrl-C while the modules load: nothing was started
    sys.exit(130)

sys.exit(main())
