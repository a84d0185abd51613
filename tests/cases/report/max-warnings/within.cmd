validate --max-warnings 2
