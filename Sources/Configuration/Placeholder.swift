// The Configuration module: .herald.yml.
