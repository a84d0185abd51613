validate --output-format html=no-such-folder/report.html shop/chainmap.yaml
