"""`make run` without a token, as a newcomer meets it: `python -m bot start` on an empty
database loads the catalogue, serves the web chat, and every journey works without further
configuration — a question handed to a person reaches the demo's support group and the answer
comes back."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import sys
from collections.abc import AsyncIterator

import pytest

from bot.config import Settings
from bot.sandbox.driver import Conversation, SandboxClient, has
from tests.conftest import LI, SUPPORT_GROUP

URL = re.compile(r"open (http://127\.0\.0\.1:\d+)")


@pytest.fixture
async def demo(settings: Settings) -> AsyncIterator[SandboxClient]:
    """The README's run command in a subprocess (port 0: any free port), its URL read from
    what it prints."""
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("ZHINAN_SUPPORT", "ZHINAN_ADMIN"))}
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "start", "--port", "0", env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
    assert process.stdout is not None
    printed: list[str] = []
    try:
        async with asyncio.timeout(120):
            while not (found := URL.search("".join(printed))):
                line = await process.stdout.readline()
                if not line:
                    raise AssertionError("the demo exited:\n" + "".join(printed))
                printed.append(line.decode())
        async with SandboxClient(found.group(1)) as client:
            yield client
    finally:
        if process.returncode is None:
            process.send_signal(signal.SIGINT)
            try:
                await asyncio.wait_for(process.wait(), 30)
            except TimeoutError:
                process.kill()
    assert "loading the catalogue from data/ first" in "".join(printed)


@pytest.mark.both_backends
async def test_asking_a_person_works_out_of_the_box(demo: SandboxClient) -> None:
    user = 5150  # a user a script makes up: the sandbox names them
    me = Conversation(demo, user)
    await me.send("/start")
    assert "您好" in (await me.last())["text"]
    since = await demo.mark()
    await me.send("/ask")
    await me.send("申报书模板在哪里下载？")
    post = await demo.wait_for(SUPPORT_GROUP, has("申报书模板在哪里下载？"), since=since)
    staff = Conversation(demo, LI, SUPPORT_GROUP)
    await staff.send("在科技局官网下载专区。", reply_to_message_id=post["message_id"])
    relay = await demo.wait_for(user, has("在科技局官网下载专区。"), since=since)
    assert "客服回复" in relay["text"]
