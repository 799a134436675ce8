"""The clinical core: protocol, answers, scores, findings and visit documents. No Qt, no SQL."""
