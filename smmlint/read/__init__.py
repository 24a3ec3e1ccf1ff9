"""Reading a draft: markup to visible text (``markup``), offsets in code points, UTF-16 and
graphemes (``offsets``), and the ``Post`` every analysis and rule reads (``post``)."""
