using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Konbit.Accounts;

/// <summary>Where a refused request lands; answered with 403 so that it reads as a refusal to tools too.</summary>
[AllowAnonymous]
public sealed class DeniedModel : PageModel
{
    public string? ReturnUrl { get; private set; }

    public void OnGet(string? returnUrl)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        ReturnUrl = Url.IsLocalUrl(returnUrl) ? returnUrl : null;
    }
}
