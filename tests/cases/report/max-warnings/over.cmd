validate --max-warnings 1
