"""``python -m trucewatch``: the same command line as the ``trucewatch`` script."""

from trucewatch.cli.app import main

if __name__ == "__main__":
    main()
