diff ../partner-swap/old new
