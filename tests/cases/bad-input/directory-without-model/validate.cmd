validate empty-folder
