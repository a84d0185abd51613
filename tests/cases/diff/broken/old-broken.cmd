diff broken-include good
