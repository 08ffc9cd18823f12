from sanctuary_maps.selection import CASE_KEY, apply_picks, selected_point


def pick(case_id: str) -> dict:
    return {"selection": {"pick": [{"id": case_id}]}}


def test_a_new_pick_chooses_the_case():
    state: dict = {"timeline": pick("a")}
    assert apply_picks(state, {"timeline": selected_point}) == "a"


def test_a_selection_left_on_a_widget_does_not_override_a_later_choice():
    state: dict = {"timeline": pick("a")}
    apply_picks(state, {"timeline": selected_point})
    state[CASE_KEY] = "b"  # chosen afterwards in the picker, while the chart still shows "a"
    assert apply_picks(state, {"timeline": selected_point}) == "b"
    state["timeline"] = pick("c")
    assert apply_picks(state, {"timeline": selected_point}) == "c"


def test_junk_events_choose_nothing():
    for junk in (None, {}, {"selection": {}}, {"selection": {"pick": []}}, "x"):
        assert apply_picks({"timeline": junk}, {"timeline": selected_point}) == ""
