"""Community events for classes (the programme's fourth element) with follow-up built in.

`service.EventsService` plans an event, `follow_ups.FollowUpsService` keeps the follow-up
on the classes' timelines, `mixing.EventGroupsService` makes cross-class groups with the
partnership solver (imported only when groups are made).
"""
