//! Go's fmt printing (Sprint, Sprintln, Sprintf) of template values.
