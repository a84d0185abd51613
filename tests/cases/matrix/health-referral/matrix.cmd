matrix ../../../../examples/health-referral
