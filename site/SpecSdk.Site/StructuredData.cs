using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SpecSdk.Model;
using SpecSdk.Specs;
using SpecSdk.Specs.Reading;

namespace SpecSdk.Site;

/// <summary>
/// A class page's schema.org <c>Occupation</c> as JSON-LD, for the consumers of structured data (search engines, job
/// boards). Written with an encoder that escapes <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c>, so no text of a spec —
/// a <c>&lt;/script&gt;</c> in a title — can end the script element it stands in.
/// </summary>
internal static class StructuredData
{
    /// <summary>Where the O*NET-SOC codes are defined; a SOC code without the O*NET suffix is of the SOC itself.</summary>
    private const string OnetCodeSet = "https://www.onetcenter.org/taxonomy.html";
    private const string SocCodeSet = "https://www.bls.gov/soc/";

    /// <summary>The longest description written: the start of the class's first section with text.</summary>
    private const int DescriptionLength = 1000;

    public static string Occupation(JobClass jobClass, Jurisdiction jurisdiction, PayGrade? grade)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.Default }))
        {
            json.WriteStartObject();
            json.WriteString("@context", "https://schema.org");
            json.WriteString("@type", "Occupation");
            json.WriteString("name", jobClass.Title);
            if (!jobClass.AlternateTitles.IsEmpty)
            {
                Strings(json, "alternateName", jobClass.AlternateTitles);
            }

            if (jobClass.Code is { } code)
            {
                json.WriteString("identifier", code);
            }

            if (Description(jobClass) is { } description)
            {
                json.WriteString("description", description);
            }

            if (jobClass.OccupationalCode is { } occupation)
            {
                json.WriteStartObject("occupationalCategory");
                json.WriteString("@type", "CategoryCode");
                json.WriteString("codeValue", occupation);
                json.WriteString("inCodeSet", occupation.Contains('.') ? OnetCodeSet : SocCodeSet);
                json.WriteEndObject();
            }

            if (grade is not null)
            {
                Salaries(json, grade, jurisdiction.Currency);
            }

            if (jobClass.MinimumQualifications is { } qualifications && Formatting.PlainText(qualifications.Text + "\n\n" + string.Join("\n\n", qualifications.Requirements.SelectMany(r => r.Alternatives))) is { Length: > 0 } text)
            {
                json.WriteString("qualifications", text);
            }

            if (!jobClass.Duties.IsEmpty)
            {
                Strings(json, "responsibilities", jobClass.Duties.Select(Formatting.PlainText));
            }

            var skills = jobClass.Knowledge.Concat(jobClass.Skills).Concat(jobClass.Abilities).Select(Formatting.PlainText).ToList();
            if (skills.Count > 0)
            {
                Strings(json, "skills", skills);
            }

            json.WriteStartObject("occupationLocation");
            json.WriteString("@type", "AdministrativeArea");
            json.WriteString("name", jurisdiction.Name);
            if (jurisdiction.Location is { } location)
            {
                json.WriteString("identifier", location.Region ?? location.Country);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>The sections that describe a class, in order of preference; else its first section with text.</summary>
    private static readonly string[] Describing = { SectionIds.Characteristics, SectionIds.Concept, SectionIds.Summary, SectionIds.Description };

    /// <summary>
    /// What the class is, as plain text: its section that describes it (characteristics, concept, summary), else its
    /// first with text, cut at a word within <see cref="DescriptionLength"/> characters, never inside a character.
    /// </summary>
    private static string? Description(JobClass jobClass)
    {
        var section = Describing.Select(jobClass.FindSection).FirstOrDefault(s => s is not null && s.Body.Length > 0)
            ?? jobClass.Sections.FirstOrDefault(s => Formatting.PlainText(s.Body).Length > 0);
        if (section is null)
        {
            return null;
        }

        var text = Formatting.PlainText(section.Body);
        if (text.Length <= DescriptionLength)
        {
            return text.Length == 0 ? null : text;
        }

        var cut = text.LastIndexOf(' ', DescriptionLength);
        cut = cut > DescriptionLength / 2 ? cut : DescriptionLength;
        if (char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return text.Substring(0, cut).TrimEnd() + " …";
    }

    /// <summary>
    /// The grade's ranges as schema.org writes a salary range: a MonetaryAmount in the currency whose value runs from
    /// the minimum to the maximum per period (HOUR, MONTH...). A basis structured data has no period for (biweekly,
    /// semi-monthly) is left out; so is a range without a minimum or maximum.
    /// </summary>
    private static void Salaries(Utf8JsonWriter json, PayGrade grade, string currency)
    {
        var ranges = grade.Ranges.Where(r => SalaryBases.Of(r.Basis).Unit is not null && (r.Minimum ?? r.Maximum) is not null).ToList();
        if (ranges.Count == 0)
        {
            return;
        }

        json.WriteStartArray("estimatedSalary");
        foreach (var range in ranges)
        {
            var terms = SalaryBases.Of(range.Basis);
            json.WriteStartObject();
            json.WriteString("@type", "MonetaryAmount");
            json.WriteString("name", terms.Label);
            json.WriteString("currency", currency);
            json.WriteStartObject("value");
            json.WriteString("@type", "QuantitativeValue");
            if (range.Minimum is { } minimum)
            {
                json.WriteNumber("minValue", minimum);
            }

            if (range.Maximum is { } maximum)
            {
                json.WriteNumber("maxValue", maximum);
            }

            json.WriteString("unitText", terms.Unit);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Strings(Utf8JsonWriter json, string name, System.Collections.Generic.IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
