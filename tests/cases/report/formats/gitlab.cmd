validate --format gitlab
