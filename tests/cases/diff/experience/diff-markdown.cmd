diff old new --format markdown
