impact persona:telecare-user ../../../../examples/broadband-support --format json
