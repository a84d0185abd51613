matrix --of touchpoints ../../../../examples/broadband-support --format markdown
