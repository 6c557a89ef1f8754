import sys

from marlib.cli import main

sys.exit(main())
