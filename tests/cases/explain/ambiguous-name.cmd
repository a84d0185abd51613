explain no-owner
