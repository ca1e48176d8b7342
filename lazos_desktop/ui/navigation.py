"""Back and forward between the records the officer visited (Alt+Left, Alt+Right).

Kept apart from Qt so the rules read plainly: visiting a record after going back drops the
forward steps, as a web browser does; visiting the record already current adds nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field

VISITS_KEPT = 100


@dataclass(frozen=True)
class Visit:
    page: str
    record_id: str


@dataclass
class VisitHistory:
    """The visited records, oldest first, and where the officer stands among them."""

    visits: list[Visit] = field(default_factory=list)
    position: int = -1

    def visit(self, page: str, record_id: str) -> None:
        here = Visit(page, record_id)
        if self.current() == here:
            return
        del self.visits[self.position + 1 :]
        self.visits.append(here)
        if len(self.visits) > VISITS_KEPT:
            del self.visits[0]
        self.position = len(self.visits) - 1

    def current(self) -> Visit | None:
        return self.visits[self.position] if 0 <= self.position < len(self.visits) else None

    def can_go_back(self) -> bool:
        return self.position > 0

    def can_go_forward(self) -> bool:
        return self.position < len(self.visits) - 1

    def back(self) -> Visit | None:
        if not self.can_go_back():
            return None
        self.position -= 1
        return self.visits[self.position]

    def forward(self) -> Visit | None:
        if not self.can_go_forward():
            return None
        self.position += 1
        return self.visits[self.position]

    def forget(self, record_ids: set[str]) -> None:
        """Deleted records leave the history; the position stays on what remains."""
        current = self.current()
        self.visits = [v for v in self.visits if v.record_id not in record_ids]
        if current in self.visits:
            self.position = self.visits.index(current)  # type: ignore[arg-type]
        else:
            self.position = len(self.visits) - 1
