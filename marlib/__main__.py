import sys

try:
    from marlib.cli import main
    code = main()
except KeyboardInterrupt:  # Ctrl-C while the modules load or the command line is read: nothing was started
    print("interrupted", file=sys.stderr)
    code = 130

sys.exit(code)
