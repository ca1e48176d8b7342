"""Back and forward between visited records, without a window."""

from __future__ import annotations

from lazos_desktop.ui.navigation import VISITS_KEPT, Visit, VisitHistory


def test_back_and_forward_walk_the_visits_and_a_new_visit_drops_the_forward_ones() -> None:
    history = VisitHistory()
    assert history.back() is None and not history.can_go_forward()
    for record in ("a", "b", "c"):
        history.visit("practice", record)
    history.visit("practice", "c")  # the record already current adds nothing
    assert [v.record_id for v in history.visits] == ["a", "b", "c"]
    assert history.back() == Visit("practice", "b")
    assert history.back() == Visit("practice", "a")
    assert history.back() is None
    assert history.forward() == Visit("practice", "b")
    history.visit("toolbox", "t")
    assert [v.record_id for v in history.visits] == ["a", "b", "t"]
    assert not history.can_go_forward()


def test_forgotten_records_leave_and_the_position_stays_on_what_remains() -> None:
    history = VisitHistory()
    for record in ("a", "b", "c", "d"):
        history.visit("practice", record)
    history.back()  # on "c"
    history.forget({"b", "d"})
    assert [v.record_id for v in history.visits] == ["a", "c"]
    assert history.current() == Visit("practice", "c")


def test_only_the_latest_visits_are_kept() -> None:
    history = VisitHistory()
    for number in range(VISITS_KEPT + 20):
        history.visit("practice", str(number))
    assert len(history.visits) == VISITS_KEPT
    assert history.current() == Visit("practice", str(VISITS_KEPT + 19))
