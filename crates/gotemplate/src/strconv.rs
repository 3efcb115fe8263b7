//! Go's strconv: float formatting ('g', 'e', 'f', shortest digits) and quoting.
