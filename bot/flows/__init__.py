"""The application layer: one module per workflow, each a class over the Core.

Handlers make one call into a workflow and show the `Reply` it returns; the dispatcher calls
the notice and broadcast workflows. Nothing here knows Telegram's types.
"""

from __future__ import annotations

from bot.core import Core
from bot.flows.admins import Admins
from bot.flows.broadcasts import Broadcasts
from bot.flows.browse import Browse
from bot.flows.cards import Cards
from bot.flows.desk import Desk
from bot.flows.guidelines import Guidelines
from bot.flows.notices import Notices
from bot.flows.people import People
from bot.flows.profiles import Profiles
from bot.flows.robots import Robots
from bot.flows.search import Search
from bot.flows.subscriptions import Subscriptions
from bot.flows.windows import Windows


class Flows:
    """Every workflow of one process, sharing its Core."""

    def __init__(self, core: Core) -> None:
        self.core = core
        self.people = People(core)
        self.admins = Admins(core)
        self.browse = Browse(core)
        self.search = Search(core, self.browse)
        self.cards = Cards(core)
        self.profiles = Profiles(core)
        self.subscriptions = Subscriptions(core, self.search)
        self.robots = Robots(core, self.subscriptions)
        self.notices = Notices(core, self.search)
        self.windows = Windows(core, self.notices)
        self.guidelines = Guidelines(core, self.notices)
        self.broadcasts = Broadcasts(core, self.search)
        self.desk = Desk(core)
