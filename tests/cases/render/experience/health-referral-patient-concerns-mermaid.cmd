render experience ../../../../examples/health-referral -j patient-concerns --format mermaid
