diff good broken-root
