//! Parse and execution errors with Go's texts and positions.
