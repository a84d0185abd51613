validate --format json
