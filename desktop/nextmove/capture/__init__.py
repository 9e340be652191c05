"""Reading a job posting from a web page: fetch it, find what it states, as plain data.

No Qt and no database here: the window, the command line and the tests all call
`capture.source.read_postings` and get `Posting` objects back.
"""
