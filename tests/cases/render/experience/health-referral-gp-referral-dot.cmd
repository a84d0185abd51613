render experience ../../../../examples/health-referral -j gp-referral --format dot
