validate --quiet --format json
