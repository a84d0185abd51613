diff missing good
