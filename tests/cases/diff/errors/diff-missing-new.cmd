diff ../partner-swap/old missing
