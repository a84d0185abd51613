render chain --findings
