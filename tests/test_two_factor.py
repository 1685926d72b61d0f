"""Optional TOTP for staff: enrolled staff need a code; others log in as before."""

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.factories import UserFactory

PASSWORD = "correct-horse-battery"


def _login(client, **extra):
    return client.post(
        "/admin/login/?next=/admin/", {"username": "sari", "password": PASSWORD, **extra}
    )


def _code(device):
    return f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift):06d}"


@pytest.fixture
def sari(db):
    return UserFactory(username="sari", role="Editor")


@pytest.mark.django_db
def test_staff_without_a_device_log_in_with_the_password(client, sari):
    response = _login(client)

    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


@pytest.mark.django_db
def test_enrolled_staff_need_a_current_code(client, sari):
    device = TOTPDevice.objects.create(user=sari, name="ponsel", confirmed=True)

    without = _login(client)
    wrong = _login(client, otp_device=device.persistent_id, otp_token="000000")
    assert without.status_code == 200 and wrong.status_code == 200
    assert client.get("/admin/").status_code == 302

    # django-otp slows down guessing after a wrong code; time passes.
    TOTPDevice.objects.get(pk=device.pk).throttle_reset()
    right = _login(client, otp_device=device.persistent_id, otp_token=_code(device))

    assert right.status_code == 302
    assert client.get("/admin/").status_code == 200


@pytest.mark.django_db
def test_a_session_without_the_second_factor_does_not_open_the_admin(client, sari):
    TOTPDevice.objects.create(user=sari, name="ponsel", confirmed=True)
    client.force_login(sari)  # password only, as a stolen session cookie would be

    response = client.get("/admin/")

    assert response.status_code == 302 and "/admin/login/" in response["Location"]


@pytest.mark.django_db
def test_an_unconfirmed_device_does_not_lock_anyone_out(client, sari):
    TOTPDevice.objects.create(user=sari, name="baru", confirmed=False)

    assert _login(client).status_code == 302


@pytest.mark.django_db
def test_unknown_devices_are_404_not_500(admin_client):
    for page in ("config", "qrcode"):
        assert admin_client.get(f"/admin/otp_totp/totpdevice/999999/{page}/").status_code == 404
