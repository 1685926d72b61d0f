from django.contrib import admin
from django.utils.translation import gettext_lazy as _


class NewsroomAdminSite(admin.AdminSite):
    site_header = _("Newsroom")
    site_title = _("Newsroom")
    index_title = _("Desk")
    # Shows the code field only to staff enrolled in the second factor.
    login_template = "otp/admin111/login.html"

    @property
    def login_form(self):
        from newsroom.two_factor import OptionalOTPAdminAuthenticationForm

        return OptionalOTPAdminAuthenticationForm

    def has_permission(self, request):
        from newsroom.two_factor import passes_second_factor

        return super().has_permission(request) and passes_second_factor(request.user)

    def index(self, request, extra_context=None):
        from articles.selectors import dashboard_for

        context = {"dashboard": dashboard_for(request.user), **(extra_context or {})}
        return super().index(request, context)
