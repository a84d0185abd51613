diff ../partner-swap/old new --format markdown
