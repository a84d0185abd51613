explain no-such-rule
