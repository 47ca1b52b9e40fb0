"""Storage: the object stores (local, S3), the one definition of every key and id, write-once
filing with its DocumentReference, the batch manifest, and the store check (`verify`)."""
