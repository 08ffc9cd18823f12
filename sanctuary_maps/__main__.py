import os
import sys

from .cli import main

try:
    sys.exit(main())
except BrokenPipeError:  # output piped into head/less that closed early: not an error
    sys.stderr.close()
    os._exit(0)
