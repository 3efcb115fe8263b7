//! The release document (Helm's JSON, keys and order), statuses and the storage codec.
