stats ../../../../examples/health-referral
