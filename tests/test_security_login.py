"""Staff accounts: login throttling, strong passwords, idle sessions."""

import pytest
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError

from tests.factories import UserFactory

LOGIN = "/admin/login/?next=/admin/"


@pytest.fixture
def staff(db):
    return UserFactory(username="ratna", role="Editor")


def _attempt(client, password):
    return client.post(LOGIN, {"username": "ratna", "password": password})


def test_it_locks_a_login_out_after_five_failures_with_a_clear_429(client, staff):
    for _ in range(4):
        assert _attempt(client, "wrong-password").status_code == 200

    locked = _attempt(client, "wrong-password")
    # Even the right password is refused while locked.
    still_locked = _attempt(client, "correct-horse-battery")

    assert locked.status_code == 429
    assert "Terlalu banyak percobaan masuk yang gagal" in locked.content.decode()
    assert still_locked.status_code == 429
    assert "_auth_user_id" not in client.session


def test_a_lockout_holds_for_one_username_from_one_address_only(client, staff):
    UserFactory(username="bima", role="Reporter")
    for _ in range(5):
        _attempt(client, "wrong-password")

    other_user = client.post(LOGIN, {"username": "bima", "password": "correct-horse-battery"})
    other_address = client.post(
        LOGIN,
        {"username": "ratna", "password": "correct-horse-battery"},
        REMOTE_ADDR="10.0.0.9",
    )

    assert other_user.status_code == 302
    assert other_address.status_code == 302


def test_a_success_clears_earlier_failures(client, staff):
    from axes.models import AccessAttempt

    for _ in range(3):
        _attempt(client, "wrong-password")
    assert _attempt(client, "correct-horse-battery").status_code == 302

    assert not AccessAttempt.objects.filter(username="ratna").exists()


@pytest.mark.parametrize(
    "password", ["short-pw-1", "12345678901234", "password12345", "ratna@example.org"]
)
def test_weak_staff_passwords_are_refused(staff, password):
    with pytest.raises(ValidationError):
        validate_password(password, user=staff)


def test_a_long_uncommon_password_is_accepted(staff):
    validate_password("bus-kota-gratis-senin", user=staff)


def test_an_idle_staff_session_expires_and_activity_extends_it(client, staff, settings):
    client.force_login(staff)
    first = client.get("/admin/").cookies["sessionid"]
    second = client.get("/admin/").cookies["sessionid"]

    # Every request sends the session again with a fresh deadline.
    assert first["max-age"] == second["max-age"] == settings.SESSION_COOKIE_AGE == 4 * 60 * 60
    assert client.session.get_expiry_age() == settings.SESSION_COOKIE_AGE


def test_readers_get_no_session_cookie(client, db):
    response = client.get("/")

    assert "sessionid" not in response.cookies


def test_the_admin_path_comes_from_admin_url():
    import os
    import subprocess
    import sys

    code = (
        "import django; django.setup(); from django.urls import reverse; "
        "print(reverse('admin:login'))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        env={
            "PATH": os.environ["PATH"],
            "DJANGO_SETTINGS_MODULE": "newsroom.settings",
            "DEBUG": "1",
            "ADMIN_URL": "/redaksi-7f3a/",
        },
        capture_output=True,
        text=True,
    )

    assert result.stdout.strip().splitlines()[-1] == "/redaksi-7f3a/login/"
