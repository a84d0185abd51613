validate --format sarif
