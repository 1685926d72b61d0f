"""Optional second factor for staff: TOTP (django-otp).

A staff member an administrator enrolled (a confirmed TOTP device, added in
the admin under "TOTP devices", with its QR code) must give a current code
at login, and a session without one does not open the admin. Everyone else
logs in with the password alone.
"""

from django import forms
from django.contrib.admin.forms import AdminAuthenticationForm
from django.utils.translation import gettext_lazy as _
from django_otp import devices_for_user, user_has_device
from django_otp.forms import OTPAuthenticationFormMixin


class OptionalOTPAdminAuthenticationForm(OTPAuthenticationFormMixin, AdminAuthenticationForm):
    otp_device = forms.CharField(required=False, widget=forms.Select)
    otp_token = forms.CharField(
        label=_("Code from the authenticator app"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )
    otp_challenge = forms.CharField(required=False)

    def clean(self):
        self.cleaned_data = super().clean()
        user = self.get_user()
        if user is not None and any(devices_for_user(user, confirmed=True)):
            self.clean_otp(user)
        return self.cleaned_data


def passes_second_factor(user) -> bool:
    """Enrolled staff must have proved a code in this session."""
    return not user_has_device(user, confirmed=True) or user.is_verified()


def register_device_admin(site):
    """django-otp's device admin answers 500 for an unknown device id on its
    QR code and settings pages; ours answers 404."""
    from django.http import Http404
    from django_otp.plugins.otp_totp.admin import TOTPDeviceAdmin
    from django_otp.plugins.otp_totp.models import TOTPDevice

    class DeviceAdmin(TOTPDeviceAdmin):
        def _known(self, pk):
            if not TOTPDevice.objects.filter(pk=pk).exists():
                raise Http404

        def config_view(self, request, pk):
            self._known(pk)
            return super().config_view(request, pk)

        def qrcode_view(self, request, pk):
            self._known(pk)
            return super().qrcode_view(request, pk)

    if site.is_registered(TOTPDevice):
        site.unregister(TOTPDevice)
    site.register(TOTPDevice, DeviceAdmin)
