validate --format junit
