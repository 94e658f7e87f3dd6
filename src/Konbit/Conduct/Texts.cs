namespace Konbit.Conduct;

/// <summary>
/// The words of the public complaint pages in Haitian Creole (first: most people in Haiti read it best), French and
/// English. One table, so a missing translation is a compile-time-visible gap in one row rather than a blank on a page.
/// </summary>
public static class Texts
{
    public static readonly string[] Languages = ["ht", "fr", "en"];

    public static readonly IReadOnlyDictionary<string, string> LanguageNames = new Dictionary<string, string>
    {
        ["ht"] = "Kreyòl", ["fr"] = "Français", ["en"] = "English",
    };

    /// <summary>The language asked for, or Creole.</summary>
    public static string Pick(string? lang) => lang is not null && Languages.Contains(lang.Trim().ToLowerInvariant()) ? lang.Trim().ToLowerInvariant() : "ht";

    public static string T(string lang, string key) => Table.TryGetValue(key, out var row)
        ? lang switch { "fr" => row.Fr, "en" => row.En, _ => row.Ht }
        : throw new KeyNotFoundException($"No text '{key}' for the complaint pages.");

    public static string Category(string lang, ComplaintCategory c) => T(lang, "category." + c);

    public static string Status(string lang, CaseStatus s) => T(lang, "status." + s);

    static readonly Dictionary<string, (string Ht, string Fr, string En)> Table = new()
    {
        ["complain.title"] = ("Pote plent", "Déposer une plainte", "Make a complaint"),
        ["complain.intro"] = (
            "Si yon polisye oswa yon sòlda fòs entènasyonal la maltrete w oswa maltrete yon lòt moun, ou ka di nou sa isit la. Ou pa bezwen kont. Ou ka rete anonim.",
            "Si un policier ou un soldat de la force internationale vous a maltraité, vous ou une autre personne, vous pouvez nous le dire ici. Aucun compte n'est nécessaire. Vous pouvez rester anonyme.",
            "If a police officer or soldier of the international force mistreated you or someone else, you can tell us here. You need no account. You can stay anonymous."),
        ["complain.safety"] = (
            "Se sèlman ofisye disiplin misyon an ki ka li sa w ekri. Nou p ap janm pibliye l. Si w an danje kounye a, rele 114 (Polis Nasyonal).",
            "Seuls les agents de déontologie de la mission peuvent lire ce que vous écrivez. Nous ne le publierons jamais. Si vous êtes en danger maintenant, appelez le 114 (Police nationale).",
            "Only the mission's conduct officers can read what you write. We will never publish it. If you are in danger now, call 114 (National Police)."),
        ["field.category"] = ("Kisa ki te pase?", "De quoi s'agit-il ?", "What happened?"),
        ["category.SexualExploitationOrAbuse"] = ("Eksplwatasyon oswa abi seksyèl", "Exploitation ou abus sexuels", "Sexual exploitation or abuse"),
        ["category.ExcessiveForce"] = ("Twòp fòs, kou, blese", "Usage excessif de la force", "Excessive force"),
        ["category.ArbitraryArrestOrDetention"] = ("Arestasyon oswa prizon san rezon", "Arrestation ou détention arbitraire", "Arbitrary arrest or detention"),
        ["category.TheftOrDamage"] = ("Vòl oswa domaj sou byen", "Vol ou dégradation de biens", "Theft or damage of property"),
        ["category.ThreatsOrHarassment"] = ("Menas oswa arasman", "Menaces ou harcèlement", "Threats or harassment"),
        ["category.Other"] = ("Lòt bagay", "Autre", "Other"),
        ["field.occurredOn"] = ("Ki dat? (si w konnen)", "À quelle date ? (si vous la connaissez)", "On what date? (if you know)"),
        ["field.when"] = ("Oswa di nou apeprè kilè", "Ou dites-nous à peu près quand", "Or tell us roughly when"),
        ["field.pcode"] = ("Nan ki komin?", "Dans quelle commune ?", "In which commune?"),
        ["choice.unknown"] = ("Mwen pa konnen", "Je ne sais pas", "I don't know"),
        ["field.place"] = ("Ki kote egzakteman? (katye, lari, baryè)", "Où exactement ? (quartier, rue, barrage)", "Where exactly? (neighbourhood, street, checkpoint)"),
        ["field.contributor"] = ("Moun ki nan ki peyi? (si w konnen)", "De quel pays étaient-ils ? (si vous le savez)", "Which country were they from? (if you know)"),
        ["field.force"] = ("Lòt detay sou yo (inifòm, machin, drapo)", "Autres détails (uniforme, véhicule, drapeau)", "Other details about them (uniform, vehicle, flag)"),
        ["field.narrative"] = ("Rakonte sa k te pase", "Racontez ce qui s'est passé", "Tell us what happened"),
        ["field.anonymous"] = ("Mwen vle rete anonim (san non, san kontak)", "Je veux rester anonyme (sans nom ni contact)", "I want to stay anonymous (no name, no contact)"),
        ["field.name"] = ("Non ou (pa obligatwa)", "Votre nom (facultatif)", "Your name (optional)"),
        ["field.contact"] = ("Kijan pou n jwenn ou: telefòn, WhatsApp, imel (pa obligatwa)", "Comment vous joindre : téléphone, WhatsApp, courriel (facultatif)", "How to reach you: phone, WhatsApp, email (optional)"),
        ["field.files"] = ("Foto oswa dokiman PDF (jiska 3, 5 MB chak)", "Photos ou documents PDF (3 au plus, 5 Mo chacun)", "Photos or PDF documents (up to 3, 5 MB each)"),
        ["complain.submit"] = ("Voye plent lan", "Envoyer la plainte", "Send the complaint"),
        ["filed.title"] = ("Nou resevwa plent ou", "Nous avons reçu votre plainte", "We received your complaint"),
        ["filed.keep"] = (
            "Kenbe de kòd sa yo yon kote ki an sekirite. Avèk yo, ou ka tounen gade kote plent lan ye epi ajoute enfòmasyon. Nou p ap ka montre w yo ankò.",
            "Gardez ces deux codes en lieu sûr. Avec eux, vous pourrez suivre votre plainte et ajouter des informations. Nous ne pourrons pas vous les montrer à nouveau.",
            "Keep these two codes somewhere safe. With them you can check on your complaint and add information later. We cannot show them to you again."),
        ["field.reference"] = ("Nimewo plent", "Numéro de plainte", "Case reference"),
        ["field.code"] = ("Kòd sekrè", "Code secret", "Secret code"),
        ["followup.title"] = ("Swiv plent ou", "Suivre votre plainte", "Follow up your complaint"),
        ["followup.intro"] = ("Antre nimewo plent lan ak kòd sekrè ou te resevwa a.", "Saisissez le numéro de plainte et le code secret que vous avez reçus.", "Enter the case reference and the secret code you received."),
        ["followup.check"] = ("Gade", "Consulter", "Check"),
        ["followup.wrong"] = ("Nimewo a oswa kòd la pa bon.", "Le numéro ou le code n'est pas correct.", "The reference or the code is not right."),
        ["followup.status"] = ("Kote plent lan ye", "État de la plainte", "Status"),
        ["followup.since"] = ("Depi", "Depuis le", "Since"),
        ["followup.messages"] = ("Mesaj pou ou", "Messages pour vous", "Messages for you"),
        ["followup.none"] = ("Pa gen mesaj pou kounye a.", "Aucun message pour l'instant.", "No messages yet."),
        ["followup.add"] = ("Ajoute enfòmasyon", "Ajouter des informations", "Add information"),
        ["followup.send"] = ("Voye", "Envoyer", "Send"),
        ["followup.added"] = ("Nou resevwa enfòmasyon an. Mèsi.", "Nous avons reçu ces informations. Merci.", "We received the information. Thank you."),
        ["followup.expired"] = ("Paj la fin tan l. Antre nimewo a ak kòd la ankò.", "La page a expiré. Saisissez à nouveau le numéro et le code.", "This page has expired. Enter the reference and code again."),
        ["status.Received"] = ("Resevwa", "Reçue", "Received"),
        ["status.UnderAssessment"] = ("N ap egzamine l", "En cours d'examen", "Under assessment"),
        ["status.ReferredToContributor"] = ("Voye bay peyi fòs la", "Transmise au pays contributeur", "Referred to the contributing country"),
        ["status.UnderInvestigation"] = ("Ankèt ap fèt", "Enquête en cours", "Under investigation"),
        ["status.Substantiated"] = ("Fè yo konfime", "Faits établis", "Substantiated"),
        ["status.Unsubstantiated"] = ("Fè yo pa konfime", "Faits non établis", "Unsubstantiated"),
        ["status.Closed"] = ("Fèmen", "Clôturée", "Closed"),
        ["error.category"] = ("Chwazi kisa ki te pase.", "Choisissez de quoi il s'agit.", "Choose what happened."),
        ["error.narrative"] = ("Tanpri rakonte sa k te pase.", "Racontez ce qui s'est passé, s'il vous plaît.", "Please tell us what happened."),
        ["error.tooLong"] = ("Tèks sa a twò long (pa plis pase {0} karaktè).", "Ce texte est trop long ({0} caractères au plus).", "This text is too long (at most {0} characters)."),
        ["error.future"] = ("Dat la pa ka pi devan jodi a.", "La date ne peut pas être après aujourd'hui.", "The date cannot be after today."),
        ["error.tooOld"] = ("Dat la twò lontan (anvan 2023).", "La date est trop ancienne (avant 2023).", "The date is too long ago (before 2023)."),
        ["error.place"] = ("Komin sa a pa nan lis la.", "Cette commune n'est pas dans la liste.", "That commune is not in the list."),
        ["error.contributor"] = ("Peyi sa a pa nan lis la.", "Ce pays n'est pas dans la liste.", "That country is not in the list."),
        ["error.anonymous"] = ("Ou chwazi rete anonim: retire non w ak kontak ou, oswa pa koche anonim.", "Vous avez choisi l'anonymat : retirez votre nom et votre contact, ou décochez « anonyme ».", "You chose to stay anonymous: remove your name and contact, or untick \"anonymous\"."),
        ["error.fileType"] = ("{0}: se sèlman foto (JPEG, PNG, WebP) oswa PDF nou aksepte.", "{0} : seules les photos (JPEG, PNG, WebP) et les PDF sont acceptés.", "{0}: only photos (JPEG, PNG, WebP) and PDF files are accepted."),
        ["error.fileSize"] = ("{0} depase 5 MB.", "{0} dépasse 5 Mo.", "{0} is larger than 5 MB."),
        ["error.fileCount"] = ("Pa plis pase 3 fichye.", "Pas plus de 3 fichiers.", "No more than 3 files."),
        ["error.nothingStored"] = ("Anyen pa t anrejistre. Korije sa ki make yo epi voye ankò.", "Rien n'a été enregistré. Corrigez les champs signalés et renvoyez.", "Nothing was stored. Correct the marked fields and send again."),
        ["error.tooMany"] = ("Twòp demann sot nan menm kote a. Tanpri eseye ankò pita.", "Trop de demandes depuis cet appareil. Réessayez plus tard.", "Too many requests from this device. Please try again later."),
        ["nav.complain"] = ("Pote plent", "Plainte", "Complain"),
        ["nav.followup"] = ("Swiv yon plent", "Suivre une plainte", "Follow up"),
        ["nav.statistics"] = ("Estatistik", "Statistiques", "Statistics"),
        ["stats.title"] = ("Plent kont fòs la: estatistik", "Plaintes contre la force : statistiques", "Complaints against the force: statistics"),
        ["stats.intro"] = (
            "Konbyen plent nou resevwa, pa mwa, pa kalite, pa peyi ak pa etap. Pa gen non ni istwa moun. Lè yon kont pi piti pase 5, nou ekri «mwens pase 5» pou pèsonn pa ka rekonèt.",
            "Nombre de plaintes reçues, par mois, par catégorie, par pays et par état. Aucun nom ni récit. Quand un nombre est inférieur à 5, nous écrivons « moins de 5 » pour que personne ne puisse être reconnu.",
            "How many complaints were received, by month, category, country and status. No names or narratives. A count under 5 is shown as \"fewer than 5\" so that nobody can be recognised."),
        ["stats.total"] = ("Total plent", "Total des plaintes", "Total complaints"),
        ["stats.byMonth"] = ("Pa mwa yo resevwa l", "Par mois de réception", "By month received"),
        ["stats.byCategory"] = ("Pa kalite", "Par catégorie", "By category"),
        ["stats.byContributor"] = ("Pa peyi fòs la", "Par pays contributeur", "By contributing country"),
        ["stats.byStatus"] = ("Pa etap", "Par état", "By status"),
        ["stats.count"] = ("Kantite", "Nombre", "Count"),
        ["stats.fewer"] = ("mwens pase 5", "moins de 5", "fewer than 5"),
        ["stats.withheld"] = ("kache", "masqué", "withheld"),
        ["stats.withheldNote"] = (
            "«Kache»: kont sa a pi gwo, men nou kache l tou pou yo pa ka jwenn yon ti kont lè yo fè soustraksyon ak total la.",
            "« Masqué » : ce nombre est plus grand, mais il est masqué aussi pour qu'on ne puisse pas retrouver un petit nombre en le soustrayant du total.",
            "\"Withheld\": this count is larger, but is hidden too so that a small count cannot be worked out by subtracting from the total."),
        ["stats.unknownContributor"] = ("Pa konnen", "Inconnu", "Not known"),
        ["stats.none"] = ("Poko gen plent.", "Aucune plainte pour l'instant.", "No complaints yet."),
    };
}
