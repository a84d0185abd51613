render chain --format svgz ../shop/chainmap.yaml
