diff old new --format json
