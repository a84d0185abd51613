validate --output-format xml=out.xml ../formats/chainmap.yaml
