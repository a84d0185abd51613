validate ../../../../examples/health-referral/chainmap.yaml
