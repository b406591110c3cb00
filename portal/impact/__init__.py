"""Impact reports: what the portal achieved, for ministries and funders, in aggregates only."""
