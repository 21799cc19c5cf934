# Two commands do all the set-up: `make run` and `make test`.
.PHONY: run test lint bench screenshots translations demo

run:
	@scripts/setup.sh
	.venv/bin/desk

test:
	@scripts/setup.sh --test
	scripts/test.sh

lint:
	.venv/bin/ruff check desk ui tests bench scripts
	.venv/bin/mypy

bench:
	@scripts/setup.sh --test
	QT_QPA_PLATFORM=offscreen .venv/bin/python bench/run.py

screenshots:
	@scripts/setup.sh --test
	xvfb-run -a -s '-screen 0 1920x1080x24' .venv/bin/python scripts/screenshots.py

translations:
	.venv/bin/python scripts/translations.py
