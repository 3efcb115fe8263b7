//! Template sets: parsing named templates, defining, looking up and executing them.
