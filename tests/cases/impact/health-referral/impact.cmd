impact referrals ../../../../examples/health-referral
