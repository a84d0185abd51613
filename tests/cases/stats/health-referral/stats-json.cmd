stats ../../../../examples/health-referral --format json
