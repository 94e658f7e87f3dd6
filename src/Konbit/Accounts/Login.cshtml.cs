using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Konbit.Accounts;

/// <summary>Cookie sign-in. Failed attempts count towards lockout; the return address must be on this site.</summary>
[AllowAnonymous]
public sealed class LoginModel(SignInManager<KonbitUser> signIn) : PageModel
{
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public string? Problem { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await signIn.SignInAsync(Email, Password);
        if (result.Succeeded) return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "~/");
        // The same message whether the email is unknown, the password wrong or the account locked: no probing for accounts.
        Problem = AccountsApi.SignInRefused;
        return Page();
    }
}
