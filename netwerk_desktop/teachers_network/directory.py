"""Schools and members of the network, and the topic backlog with members' votes.

A member is stored only with the date they agreed to be listed (work details only: name,
school, role, work e-mail); removing a member removes their sign-ups and votes with them.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from netwerk_desktop.errors import AlreadyExists, NotFound
from netwerk_desktop.events.text import one_line
from netwerk_desktop.services.base import Service
from netwerk_desktop.services.changes import Change, Topic
from netwerk_desktop.storage.network_models import (
    TEXT_LENGTH,
    NetworkMember,
    NetworkSchool,
    NetworkTopic,
    TopicVote,
)
from netwerk_desktop.teachers_network.errors import NetworkError, NetworkProblem
from netwerk_desktop.teachers_network.records import Member, School, TopicRecord

TOUR_LIMIT = 1000


def clean(text: str, limit: int = TEXT_LENGTH, *, required: bool = False) -> str:
    cleaned = one_line(text)
    if required and not cleaned:
        raise NetworkError(NetworkProblem.NO_NAME)
    if len(cleaned) > limit:
        raise NetworkError(NetworkProblem.TEXT_TOO_LONG, cleaned[:40], limit)
    return cleaned


def clean_email(text: str) -> str:
    email = clean(text)
    if email and (email.count("@") != 1 or " " in email or "." not in email.split("@")[1]):
        raise NetworkError(NetworkProblem.BAD_EMAIL, email)
    return email


class DirectoryService(Service):
    # -- schools ------------------------------------------------------------------------------

    def schools(self) -> list[School]:
        with self._reading() as session:
            rows = session.scalars(select(NetworkSchool).order_by(NetworkSchool.name)).all()
            return [School(s.id, s.name, s.can_host, s.tour) for s in rows]

    def save_school(
        self, name: str, *, can_host: bool = True, tour: str = "", school_id: int | None = None
    ) -> School:
        cleaned = clean(name, required=True)
        with self._writing() as session:
            same = session.scalar(
                select(NetworkSchool).where(func.lower(NetworkSchool.name) == cleaned.lower())
            )
            if same is not None and same.id != school_id:
                raise AlreadyExists("school", cleaned)
            school = NetworkSchool() if school_id is None else session.get(NetworkSchool, school_id)
            if school is None:
                raise NotFound("school", str(school_id))
            school.name, school.can_host = cleaned, can_host
            school.tour = tour.strip()[:TOUR_LIMIT]
            session.add(school)
            session.flush()
            result = School(school.id, school.name, school.can_host, school.tour)
        self._publish(Change.of(Topic.NETWORK))
        return result

    def find_school(self, name: str) -> School:
        wanted = one_line(name).casefold()
        for school in self.schools():
            if school.name.casefold() == wanted:
                return school
        raise NotFound("school", name)

    def remove_school(self, school_id: int) -> None:
        with self._writing() as session:
            school = session.get(NetworkSchool, school_id)
            if school is None:
                raise NotFound("school", str(school_id))
            session.delete(school)
        self._publish(Change.of(Topic.NETWORK))

    # -- members ------------------------------------------------------------------------------

    def members(self) -> list[Member]:
        with self._reading() as session:
            return [_member(m, s) for m, s in _member_rows(session)]

    def add_member(
        self,
        name: str,
        *,
        consent_on: date | None,
        school: str = "",
        role: str = "",
        email: str = "",
        coordinator: bool = False,
    ) -> Member:
        """Nothing is stored about a person without the date they agreed to be listed."""
        if consent_on is None:
            raise NetworkError(NetworkProblem.NO_CONSENT, clean(name))
        if consent_on > self._context.now().date():
            raise NetworkError(NetworkProblem.CONSENT_IN_FUTURE, consent_on.isoformat())
        cleaned = clean(name, required=True)
        with self._writing() as session:
            school_row = _school_by_name(session, school) if school.strip() else None
            member = NetworkMember(
                name=cleaned,
                school_id=None if school_row is None else school_row.id,
                role=clean(role),
                email=clean_email(email),
                consent_on=consent_on,
                coordinator=coordinator,
            )
            session.add(member)
            session.flush()
            result = _member(member, school_row)
        self._publish(Change.of(Topic.NETWORK))
        return result

    def remove_member(self, member_id: int) -> None:
        """Consent withdrawn or the member left: their details go, with sign-ups and votes."""
        with self._writing() as session:
            member = session.get(NetworkMember, member_id)
            if member is None:
                raise NotFound("member", str(member_id))
            session.delete(member)
        self._publish(Change.of(Topic.NETWORK))

    def find_member(self, name: str) -> Member:
        wanted = one_line(name).casefold()
        for member in self.members():
            if member.name.casefold() == wanted:
                return member
        raise NotFound("member", name)

    # -- topics -------------------------------------------------------------------------------

    def topics(self, include_done: bool = False) -> list[TopicRecord]:
        """The backlog, most votes first."""
        with self._reading() as session:
            topics = session.scalars(select(NetworkTopic)).all()
            names = _member_names(session)
            voters: dict[int, list[str]] = {}
            for topic_id, member_id in session.execute(
                select(TopicVote.topic_id, TopicVote.member_id)
            ).tuples():
                voters.setdefault(topic_id, []).append(names.get(member_id, "?"))
            records = [
                TopicRecord(
                    t.id,
                    t.title,
                    names.get(t.proposed_by, "") if t.proposed_by is not None else "",
                    len(voters.get(t.id, [])),
                    tuple(sorted(voters.get(t.id, []), key=str.casefold)),
                    t.done,
                )
                for t in topics
                if include_done or not t.done
            ]
        return sorted(records, key=lambda t: (t.done, -t.votes, t.title.casefold()))

    def propose_topic(self, title: str, proposed_by: int | None = None) -> TopicRecord:
        cleaned = clean(title, required=True)
        with self._writing() as session:
            if session.scalar(select(NetworkTopic).where(NetworkTopic.title == cleaned)):
                raise AlreadyExists("topic", cleaned)
            topic = NetworkTopic(title=cleaned, proposed_by=proposed_by)
            session.add(topic)
            if proposed_by is not None:
                session.flush()
                session.add(TopicVote(topic_id=topic.id, member_id=proposed_by))
        self._publish(Change.of(Topic.NETWORK))
        return next(t for t in self.topics(include_done=True) if t.title == cleaned)

    def vote(self, topic_id: int, member_id: int, in_favour: bool = True) -> TopicRecord:
        """One vote per member and topic; voting twice changes nothing."""
        with self._writing() as session:
            if session.get(NetworkTopic, topic_id) is None:
                raise NotFound("topic", str(topic_id))
            if session.get(NetworkMember, member_id) is None:
                raise NotFound("member", str(member_id))
            vote = session.get(TopicVote, (topic_id, member_id))
            if in_favour and vote is None:
                session.add(TopicVote(topic_id=topic_id, member_id=member_id))
            elif not in_favour and vote is not None:
                session.delete(vote)
        self._publish(Change.of(Topic.NETWORK))
        return next(t for t in self.topics(include_done=True) if t.id == topic_id)

    def set_topic_done(self, topic_id: int, done: bool = True) -> None:
        with self._writing() as session:
            topic = session.get(NetworkTopic, topic_id)
            if topic is None:
                raise NotFound("topic", str(topic_id))
            topic.done = done
        self._publish(Change.of(Topic.NETWORK))


def _school_by_name(session: Session, name: str) -> NetworkSchool:
    """The school of that name; a member's school that is new to the list is added to it."""
    wanted = clean(name, required=True)
    school = session.scalar(
        select(NetworkSchool).where(func.lower(NetworkSchool.name) == wanted.lower())
    )
    if school is None:
        school = NetworkSchool(name=wanted, can_host=True, tour="")
        session.add(school)
        session.flush()
    return school


def _member_names(session: Session) -> dict[int, str]:
    return dict(session.execute(select(NetworkMember.id, NetworkMember.name)).tuples().all())


def _member_rows(session: Session) -> list[tuple[NetworkMember, NetworkSchool | None]]:
    rows = session.execute(
        select(NetworkMember, NetworkSchool)
        .outerjoin(NetworkSchool, NetworkSchool.id == NetworkMember.school_id)
        .order_by(NetworkMember.name)
    ).tuples()
    return list(rows)


def _member(member: NetworkMember, school: NetworkSchool | None) -> Member:
    return Member(
        member.id,
        member.name,
        "" if school is None else school.name,
        member.role,
        member.email,
        member.consent_on,
        member.coordinator,
    )
