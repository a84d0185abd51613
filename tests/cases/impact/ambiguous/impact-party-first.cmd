impact front-desk
