validate --rule contxt-lost=off
