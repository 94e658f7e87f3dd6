using System.Security.Cryptography;
using System.Text;
using Konbit.Data;
using Konbit.Shared;
using Microsoft.EntityFrameworkCore;

namespace Konbit.Conduct;

/// <summary>What a reporter sends, from the public form or the API. Field names are the API's.</summary>
public sealed record ComplaintInput(string? Language, string? Category, DateOnly? OccurredOn, string? When, string? Pcode,
    string? Place, string? Contributor, string? Force, string? Narrative, bool Anonymous, string? Name, string? Contact);

/// <summary>The two codes a reporter keeps: the reference names the case, the secret code proves it is theirs.</summary>
public sealed record FiledComplaint(string Reference, string FollowUpCode);

/// <summary>Public intake: filing a complaint, finding it again with its codes, and adding to it. No account needed.</summary>
public sealed class ComplaintIntake(KonbitDb db, CaseVault vault, TimeProvider clock)
{
    public const int NarrativeMax = 10_000;
    const int ShortMax = 500;
    // Letters and digits that cannot be mistaken for each other when read out or copied by hand (no 0/O, 1/I/L, U/V).
    const string Alphabet = "23456789ABCDEFGHJKMNPQRSTWXYZ";

    public async Task<(FiledComplaint? Filed, Errors Errors)> FileAsync(ComplaintInput input, IReadOnlyList<Upload> files, CancellationToken ct)
    {
        var lang = Texts.Pick(input.Language);
        var errors = new Errors();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        ComplaintCategory? category = Enum.TryParse<ComplaintCategory>(input.Category?.Trim(), ignoreCase: true, out var c)
            && Enum.IsDefined(c) && !char.IsDigit(input.Category!.Trim()[0]) ? c : null;
        if (category is null) errors.Add("category", Texts.T(lang, "error.category"));
        var narrative = Text(errors, lang, "narrative", input.Narrative, NarrativeMax);
        if (narrative is null && !errors.Has("narrative")) errors.Add("narrative", Texts.T(lang, "error.narrative"));
        if (input.OccurredOn > today) errors.Add("occurredOn", Texts.T(lang, "error.future"));
        else if (input.OccurredOn < new DateOnly(2023, 1, 1)) errors.Add("occurredOn", Texts.T(lang, "error.tooOld"));
        var when = Text(errors, lang, "when", input.When, ShortMax);
        var place = Text(errors, lang, "place", input.Place, ShortMax);
        var force = Text(errors, lang, "force", input.Force, ShortMax);
        var name = Text(errors, lang, "name", input.Name, 200);
        var contact = Text(errors, lang, "contact", input.Contact, 200);
        if (input.Anonymous && (name is not null || contact is not null)) errors.Add("anonymous", Texts.T(lang, "error.anonymous"));
        var pcode = Blank(input.Pcode)?.ToUpperInvariant();
        if (pcode is not null && !await db.AdminUnits.AnyAsync(u => u.Pcode == pcode, ct)) errors.Add("pcode", Texts.T(lang, "error.place"));
        var contributor = Blank(input.Contributor)?.ToUpperInvariant();
        if (contributor is not null && !await db.Contributors.AnyAsync(x => x.Code == contributor, ct)) errors.Add("contributor", Texts.T(lang, "error.contributor"));
        CaseFiles.Check(files, lang, errors);
        if (errors.Any) return (null, errors);

        var code = Random(16);
        var now = clock.GetUtcNow().UtcDateTime;
        var complaint = new Complaint
        {
            Reference = await NewReferenceAsync(ct),
            CodeHash = Hash(code),
            ReceivedAtUtc = now,
            Language = lang,
            Category = category!.Value,
            OccurredOn = input.OccurredOn,
            Pcode = pcode,
            ContributorCode = contributor,
            Anonymous = input.Anonymous,
            SealedWhen = vault.Seal(when),
            SealedPlace = vault.Seal(place),
            SealedForce = vault.Seal(force),
            SealedNarrative = vault.Seal(narrative)!,
            SealedName = vault.Seal(name),
            SealedContact = vault.Seal(contact),
            Status = CaseStatus.Received,
            StatusChangedAtUtc = now,
            DueOn = Deadlines.Next(CaseStatus.Received, category.Value, today),
        };
        complaint.Attachments.AddRange(files.Select(f => Attachment(f, now)));
        db.Complaints.Add(complaint);
        await db.SaveChangesAsync(ct);
        return (new FiledComplaint(complaint.Reference, Group(code)), errors);
    }

    /// <summary>The case these codes open, or null. A code opens only the case it was issued with.</summary>
    public async Task<Complaint?> FindAsync(string? reference, string? code, CancellationToken ct)
    {
        var r = Normal(reference);
        var k = Normal(code);
        if (r.Length == 0 || k.Length == 0) return null;
        var body = r.Length == 10 && r.StartsWith("KB", StringComparison.Ordinal) ? r[2..] : r;
        var key = body.Length == 8 ? $"KB-{body[..4]}-{body[4..]}" : "";
        var complaint = await db.Complaints.FirstOrDefaultAsync(x => x.Reference == key, ct);
        // Compare in constant time, and hash even when no case matched, so timing tells nothing about references.
        var given = Encoding.ASCII.GetBytes(Hash(k));
        var stored = Encoding.ASCII.GetBytes(complaint?.CodeHash ?? new string('0', 64));
        return CryptographicOperations.FixedTimeEquals(given, stored) && complaint is not null ? complaint : null;
    }

    /// <summary>The reporter adds information (and files) to their case.</summary>
    public async Task<Errors> AddAsync(Complaint complaint, string? text, IReadOnlyList<Upload> files, CancellationToken ct)
    {
        var lang = complaint.Language;
        var errors = new Errors();
        var added = Text(errors, lang, "text", text, NarrativeMax);
        if (added is null && files.Count == 0 && !errors.Any) errors.Add("text", Texts.T(lang, "error.narrative"));
        CaseFiles.Check(files, lang, errors);
        if (errors.Any) return errors;
        var now = clock.GetUtcNow().UtcDateTime;
        if (added is not null)
            db.CaseNotes.Add(new CaseNote { ComplaintId = complaint.Id, AtUtc = now, Author = "reporter", Kind = NoteKind.FromReporter, SealedText = vault.Seal(added)! });
        foreach (var f in files)
        {
            var a = Attachment(f, now);
            a.ComplaintId = complaint.Id;
            db.CaseAttachments.Add(a);
        }
        await db.SaveChangesAsync(ct);
        return errors;
    }

    CaseAttachment Attachment(Upload f, DateTime now) => new()
    {
        AddedAtUtc = now,
        ContentType = CaseFiles.TypeOf(f.Content)!,
        Length = f.Content.Length,
        SealedFileName = vault.Seal(CaseFiles.Name(f))!,
        SealedContent = vault.Seal(f.Content),
    };

    async Task<string> NewReferenceAsync(CancellationToken ct)
    {
        while (true)
        {
            var r = Random(8);
            var reference = $"KB-{r[..4]}-{r[4..]}";
            if (!await db.Complaints.AnyAsync(x => x.Reference == reference, ct)) return reference;
        }
    }

    static string Random(int length) => RandomNumberGenerator.GetString(Alphabet, length);

    /// <summary>"7QK4M2PXH9RT3WZA" → "7QK4-M2PX-H9RT-3WZA": easier to copy down.</summary>
    static string Group(string code) => string.Join("-", code.Chunk(4).Select(c => new string(c)));

    /// <summary>What was typed, upper-cased, without spaces or dashes: "kb-7qk4 m2px" → "KB7QK4M2PX".</summary>
    static string Normal(string? s) => new((s ?? "").Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());

    static string Hash(string code) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Normal(code))));

    static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    static string? Text(Errors errors, string lang, string field, string? value, int max)
    {
        var v = Blank(value);
        if (v is not null && v.Length > max) errors.Add(field, string.Format(Texts.T(lang, "error.tooLong"), max));
        return v;
    }
}
