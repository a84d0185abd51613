render journey --findings
