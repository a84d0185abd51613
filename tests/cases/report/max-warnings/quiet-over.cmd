validate --quiet --max-warnings 1
