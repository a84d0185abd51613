validate --rule journey/too-many-handovers=error
