validate --quiet --format gitlab
