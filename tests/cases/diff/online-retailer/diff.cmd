diff old new
