validate --rule context-lost=warning
