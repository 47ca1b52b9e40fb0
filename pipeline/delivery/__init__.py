"""Telling the EHR: HL7 v2.5.1 MDM messages built from a filed document's DocumentReference,
and the MLLP connection that carries them."""
