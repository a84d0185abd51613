validate --quiet --format github
