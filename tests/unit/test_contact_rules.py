"""Contacts: an address that is not one is refused in the same sentence as everywhere else."""

from nextmove.domain.addresses import HeaderValueError, normalize_address
from nextmove.domain.contact import ContactData, check_contact
from nextmove.domain.wizard_checks import address_problem


def _contact_error(email: str) -> str:
    return check_contact(ContactData(name="Ann Lee", email=email)).errors["email"]


def test_a_bad_contact_address_is_one_clean_sentence() -> None:
    assert _contact_error("ann@acme") == (
        "This email address doesn't look right: "
        "the part after the @-sign is not valid; it should have a period."
    )
    assert _contact_error("ann") == (
        "This email address doesn't look right: an email address must have an @-sign."
    )


def test_contacts_compose_and_the_wizard_word_a_bad_address_alike() -> None:
    for bad in ("ann@acme", "ann", "@acme.example", "ann lee@acme.example"):
        try:
            normalize_address("to", bad, label="email address")
        except HeaderValueError as error:
            compose = error.message
        else:
            raise AssertionError(f"{bad!r} was accepted")
        assert _contact_error(bad) == compose == address_problem(bad), bad
        _head, _colon, reason = compose.partition(": ")
        assert reason[:1].islower(), compose  # no capital after the colon
        assert compose.count(". ") == 0, compose  # one sentence
        assert compose.endswith(".")


def test_a_good_contact_address_is_kept_in_its_normal_form() -> None:
    check = check_contact(ContactData(name="Ann Lee", email="  Ann@Acme.Example "))
    assert check.ok
    assert check.email == "Ann@acme.example"
