validate model
