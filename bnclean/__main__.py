"""``python -m bnclean``: the same as the ``bnclean`` command."""

import sys

from .cli import main

sys.exit(main())
