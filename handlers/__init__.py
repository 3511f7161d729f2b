"""python-telegram-bot handlers, one module per feature; thin: parse, call bot/, render, reply."""
