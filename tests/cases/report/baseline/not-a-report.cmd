validate --baseline sarif-report.json ../formats/chainmap.yaml
