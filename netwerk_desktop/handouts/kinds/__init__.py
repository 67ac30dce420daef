"""One module per handout kind; each lays out pages from its input and the class context.

The event and network kinds (event_poster, name_badges, role_cards, parents_letter,
follow_up_cards, meeting_invitation, signup_sheet, meeting_minutes) are listed in
`handouts.gathering_render`; event group cards use partnership_cards.
"""
