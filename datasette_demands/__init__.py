"""datasette-demands: Datasette hooks. Thin: each hands over to a module."""

from datasette import hookimpl


@hookimpl
def register_commands(cli):
    from .cli import demands

    cli.add_command(demands)
