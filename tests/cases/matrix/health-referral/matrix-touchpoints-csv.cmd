matrix --of touchpoints ../../../../examples/health-referral --format csv
