"""From findings to a verdict: the score and its band (``scoring``), the gate's defaults
(``gate``)."""
