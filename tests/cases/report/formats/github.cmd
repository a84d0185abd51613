validate --format github
