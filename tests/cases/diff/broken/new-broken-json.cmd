diff good broken-include --format json
