diff good broken-include
