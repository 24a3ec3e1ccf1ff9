"""What the bait server's test-only rules say and when they trigger (shared with the tests)."""

HTML_MESSAGE = '<img src="x" onerror="document.title=\'pwned\'"><b>bold</b> & <i>more</i>'
HTML_HINT = "<script>window.smmlintPwned = true</script><a href='https://evil.example'>click</a>"
POST_MESSAGE = "Post-level: " + HTML_MESSAGE
HTML_BAIT = "htmlbait"  # a span and a post finding with HTML in message and hint
CRASH_BAIT = "crashbait"  # a rule raises: 500
SLOW_BAIT = "slowbait"  # a rule stalls longer than the extension waits
SLOW_SECONDS = 5.0  # the extension gives up after 3 s
LAG_BAIT = "lagbait"  # a rule takes a while, but the answer comes back in time
LAG_SECONDS = 1.5
