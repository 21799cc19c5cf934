# Shortcuts; the README's two commands are `bash run.sh` and `bash test.sh`
# (a fresh Debian has no make).
.PHONY: run test lint bench screenshots translations

run:
	bash run.sh

test:
	bash test.sh

lint:
	.venv/bin/ruff check desk ui tests scripts bench
	.venv/bin/mypy

bench:
	bash scripts/setup.sh --test
	QT_QPA_PLATFORM=offscreen .venv/bin/python bench/run.py

screenshots:
	bash scripts/setup.sh --test
	xvfb-run -a -s '-screen 0 1920x1080x24' .venv/bin/python scripts/screenshots.py

translations:
	.venv/bin/python scripts/translations.py
