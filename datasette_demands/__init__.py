"""datasette-demands: Datasette hooks. Thin: each hands over to a module."""

from datasette import hookimpl


@hookimpl
def demands_rule_packs(datasette):
    """The rules shipped with the plugin are the pack `core`."""
    from .rulebook.model import CORE_PACK, RulePack, core_version, default_rules_dir

    return [RulePack(CORE_PACK, core_version(), default_rules_dir())]


@hookimpl
def register_commands(cli):
    from .cli import demands

    cli.add_command(demands)


@hookimpl
def register_routes(datasette):
    from .web import views

    return [
        (r"^/-/demands(\.(?P<format>json))?$", views.instance_page),
        (r"^/(?P<database>[^/]+)/-/demands(\.(?P<format>json|csv))?$", views.matrix_page),
        (r"^/(?P<database>[^/]+)/-/demands/sentences(\.(?P<format>json|csv))?$", views.sentences_page),
        (r"^/(?P<database>[^/]+)/-/demands/document/(?P<doc_id>[^/]+)$", views.document_page),
        (r"^/(?P<database>[^/]+)/-/demands/document/?$", views.document_without_id),
        (r"^/(?P<database>[^/]+)/-/demands/rules$", views.rules_page),
        (r"^/(?P<database>[^/]+)/-/demands/rules\.(?P<format>[^/]+)$", views.rules_in_a_format),
    ]


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    from .web.highlight import render_cell as render

    return render(row, value, column, table, database, datasette)


@hookimpl
def extra_css_urls(datasette):
    return [datasette.urls.static_plugins("datasette-demands", "demands.css")]


@hookimpl
def menu_links(datasette, actor):
    from .web.views import instance_links

    return instance_links(datasette, actor)


@hookimpl
def homepage_actions(datasette, actor):  # Datasette 1.0 only; 0.65 never calls it
    from .web.views import instance_links

    return instance_links(datasette, actor)


@hookimpl
def database_actions(datasette, actor, database):
    from .web.views import database_links

    return database_links(datasette, actor, database)


@hookimpl
def table_actions(datasette, actor, database, table):
    from .web.views import table_links

    return table_links(datasette, actor, database, table)


@hookimpl
def view_actions(datasette, actor, database, view):  # Datasette 1.0 only: actions menu of SQL views
    from .web.views import table_links

    return table_links(datasette, actor, database, view)


@hookimpl
def register_enrichments(datasette):  # datasette-enrichments' hook: only called when it is installed
    from .hookspecs import installed_packs
    from .web.enrichment import enrichments

    return enrichments(lambda: installed_packs(datasette))  # the packs the command line would use


# Last, so that every hook above is defined when importing datasette.plugins loads the entry points,
# this module's among them: the plugin's own hook, which rule packs implement (see hookspecs.py).
from datasette.plugins import pm  # noqa: E402

from . import hookspecs  # noqa: E402

pm.add_hookspecs(hookspecs)
