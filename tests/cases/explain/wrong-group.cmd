explain journey/context-lost
