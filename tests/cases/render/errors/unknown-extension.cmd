render chain -o chain.txt ../shop/chainmap.yaml
