diff ../partner-swap/old
