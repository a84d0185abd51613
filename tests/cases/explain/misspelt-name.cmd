explain contxt-lost
