explain context-lost
