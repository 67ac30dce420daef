"""Writes chime.wav: the soft two-note chime at the end of a timer (our own sound).

    python resources/sounds/make_chime.py

Two bell-like notes (E5, then A5) made of a few sine partials with a quick soft attack and a
long decay, at a low level: it should be noticed, not startle a class.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22_050
SECONDS = 2.2
PEAK = 0.32  # of full scale: gentle
NOTES = ((659.25, 0.0), (880.0, 0.38))  # (frequency in Hz, start in seconds)
PARTIALS = ((1.0, 1.0), (2.0, 0.28), (3.01, 0.09))  # (multiple of the note, loudness)
ATTACK = 0.012
DECAY = 2.6  # per second, for the fundamental; higher partials fade faster


def sample(t: float) -> float:
    value = 0.0
    for frequency, start in NOTES:
        local = t - start
        if local < 0:
            continue
        attack = min(1.0, local / ATTACK)
        for multiple, loudness in PARTIALS:
            fade = math.exp(-DECAY * multiple**0.5 * local)
            value += loudness * fade * attack * math.sin(2 * math.pi * frequency * multiple * local)
    return value


def main() -> None:
    count = int(RATE * SECONDS)
    raw = [sample(i / RATE) for i in range(count)]
    loudest = max(abs(v) for v in raw)
    tail = int(RATE * 0.05)  # fade the last 50 ms to silence, so it ends without a click
    frames = bytearray()
    for i, value in enumerate(raw):
        fade = min(1.0, (count - i) / tail)
        frames += struct.pack("<h", round(value / loudest * PEAK * fade * 32767))
    out = Path(__file__).with_name("chime.wav")
    with wave.open(str(out), "wb") as file:
        file.setnchannels(1)
        file.setsampwidth(2)
        file.setframerate(RATE)
        file.writeframes(bytes(frames))
    print(out, f"{out.stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main()
