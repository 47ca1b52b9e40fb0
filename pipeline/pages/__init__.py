"""Page analysis: one page image in, a PageAnalysis out (ink, codes, orientation, deskew, OCR,
identity labels, cover-sheet evidence)."""
