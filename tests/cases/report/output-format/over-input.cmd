validate --output-format json=../formats/kpis.yaml ../formats/chainmap.yaml
