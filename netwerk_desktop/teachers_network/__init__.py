"""The teachers' own network across schools: members with consent, schools, a meeting series
with a cadence and a fair host rotation, topics with votes, agendas, minutes with actions, and
the files people trade (.ics, CSV, the network pack).
"""
