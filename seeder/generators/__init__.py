"""One module per subject: agents and their WFM time, customers, tickets with their contacts."""
