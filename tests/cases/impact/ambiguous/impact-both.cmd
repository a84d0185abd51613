impact concierge
