"""The corpus wing: inputs to SQLite.

It owns reading input files (`ingest`) and their publication dates (`dates`), the build and relabel pipeline with its worker processes
(`pipeline`), the record of which rulebook made the stored labels (`labelling_state`), the rows of a
user's table as documents (`table_rows`, for the enrichment), and the store: the SQL contract users
query (`store`). It may import the labelling and rulebook wings;
nothing of the web wing.
"""
