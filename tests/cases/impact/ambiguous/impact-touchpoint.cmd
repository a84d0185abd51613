impact touchpoint:front-desk
