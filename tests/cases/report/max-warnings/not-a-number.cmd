validate --max-warnings lots
