"""The engine and what it runs on: the data model (``model``), errors, rule declaration
(``registry``), configuration (``config``) and ``lint`` itself (``engine``)."""
