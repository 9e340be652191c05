from datetime import date

from nextmove.domain.application import ApplicationData, validate_application
from nextmove.domain.status import STATUS_EVENT, Status

TODAY = date(2026, 11, 26)


def test_company_and_role_are_required() -> None:
    result = validate_application(ApplicationData(company=" ", role=""), TODAY)
    assert set(result.errors) == {"company", "role"}


def test_job_link_must_be_a_web_address() -> None:
    data = ApplicationData(company="Acme", role="Engineer", job_url="acme.com/jobs")
    assert "job_url" in validate_application(data, TODAY).errors
    data.job_url = "https://acme.com/jobs/42"
    assert validate_application(data, TODAY).ok


def test_applied_date_cannot_be_in_the_future() -> None:
    data = ApplicationData(company="Acme", role="Engineer", applied_on=date(2026, 12, 1))
    assert "applied_on" in validate_application(data, TODAY).errors


def test_every_status_appends_an_event() -> None:
    assert set(STATUS_EVENT) == set(Status)
