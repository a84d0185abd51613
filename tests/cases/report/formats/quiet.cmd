validate --quiet
