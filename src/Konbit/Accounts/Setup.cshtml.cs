using Konbit.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Konbit.Accounts;

/// <summary>
/// The first administrator's account, through the one-time link printed at first start. The link stops working once
/// used, after 24 hours, or as soon as any account exists.
/// </summary>
[AllowAnonymous]
public sealed class SetupModel(Users users, SignInManager<KonbitUser> signIn, Actor actor) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Token { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty] public string? ConfirmPassword { get; set; }

    public bool Valid { get; private set; }
    public List<string> Problems { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Valid = await users.SetupTokenValidAsync(Token, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Valid = await users.SetupTokenValidAsync(Token, ct);
        if (!Valid) return Page();
        if (string.IsNullOrWhiteSpace(Email)) Problems.Add("Email is required.");
        if (string.IsNullOrEmpty(Password)) Problems.Add("Password is required.");
        else if (Password != ConfirmPassword) Problems.Add("The two passwords differ.");
        if (Problems.Count > 0) return Page();

        actor.ActAs("setup");
        var (user, errors) = await users.CreateFirstAdminAsync(Token!, Email!.Trim(), Password!, ct);
        if (user is null)
        {
            Problems.AddRange(errors);
            return Page();
        }
        await signIn.SignInAsync(user, isPersistent: false);
        return LocalRedirect("~/");
    }
}
