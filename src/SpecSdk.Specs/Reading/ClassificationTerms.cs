using System.Collections.Generic;
using System.Linq;
using SpecSdk.Model;

namespace SpecSdk.Specs.Reading
{
    /// <summary>One value of a class's FLSA field: its spec-file name, what it means, and its label in the handbook.</summary>
    public sealed class FlsaTerms
    {
        internal FlsaTerms(string specName, FlsaStatus status, FlsaExemption? exemption, string label)
        {
            SpecName = specName;
            Status = status;
            Exemption = exemption;
            Label = label;
        }

        /// <summary>The value in spec files: <c>exempt-administrative</c>.</summary>
        public string SpecName { get; }

        /// <summary>The status.</summary>
        public FlsaStatus Status { get; }

        /// <summary>The exemption, for an exempt value that names one.</summary>
        public FlsaExemption? Exemption { get; }

        /// <summary>The handbook's words: "Exempt (administrative)".</summary>
        public string Label { get; }
    }

    /// <summary>One EEO-4 job category: its number on the form, its key in spec files and its name.</summary>
    public sealed class EeoTerms
    {
        internal EeoTerms(EeoCategory category, string name)
        {
            Category = category;
            Name = name;
            SpecName = Text.Slug(name);
        }

        /// <summary>The category.</summary>
        public EeoCategory Category { get; }

        /// <summary>The number on the EEO-4 form, 1 to 8.</summary>
        public int Number => (int)Category;

        /// <summary>The name on the form: "Officials and Administrators".</summary>
        public string Name { get; }

        /// <summary>The name as a key: <c>officials-and-administrators</c>.</summary>
        public string SpecName { get; }
    }

    /// <summary>The values of the classification fields (FLSA, EEO-4, status), stated once: every other place reads them here.</summary>
    public static class ClassificationTerms
    {
        /// <summary>Every FLSA value a spec may give.</summary>
        public static IReadOnlyList<FlsaTerms> Flsa { get; } = new[]
        {
            new FlsaTerms("non-exempt", FlsaStatus.NonExempt, null, "Non-exempt"),
            new FlsaTerms("exempt", FlsaStatus.Exempt, null, "Exempt"),
            new FlsaTerms("exempt-executive", FlsaStatus.Exempt, FlsaExemption.Executive, "Exempt (executive)"),
            new FlsaTerms("exempt-administrative", FlsaStatus.Exempt, FlsaExemption.Administrative, "Exempt (administrative)"),
            new FlsaTerms("exempt-professional", FlsaStatus.Exempt, FlsaExemption.Professional, "Exempt (professional)"),
            new FlsaTerms("exempt-computer", FlsaStatus.Exempt, FlsaExemption.Computer, "Exempt (computer employee)"),
            new FlsaTerms("exempt-outside-sales", FlsaStatus.Exempt, FlsaExemption.OutsideSales, "Exempt (outside sales)"),
        };

        /// <summary>The eight EEO-4 job categories, in the form's order.</summary>
        public static IReadOnlyList<EeoTerms> Eeo { get; } = new[]
        {
            new EeoTerms(EeoCategory.OfficialsAndAdministrators, "Officials and Administrators"),
            new EeoTerms(EeoCategory.Professionals, "Professionals"),
            new EeoTerms(EeoCategory.Technicians, "Technicians"),
            new EeoTerms(EeoCategory.ProtectiveServiceWorkers, "Protective Service Workers"),
            new EeoTerms(EeoCategory.Paraprofessionals, "Paraprofessionals"),
            new EeoTerms(EeoCategory.AdministrativeSupport, "Administrative Support"),
            new EeoTerms(EeoCategory.SkilledCraftWorkers, "Skilled Craft Workers"),
            new EeoTerms(EeoCategory.ServiceMaintenance, "Service-Maintenance"),
        };

        /// <summary>The spec-file values of a class's status.</summary>
        public static IReadOnlyList<KeyValuePair<string, ClassStatus>> Status { get; } = new[]
        {
            new KeyValuePair<string, ClassStatus>("active", ClassStatus.Active),
            new KeyValuePair<string, ClassStatus>("proposed", ClassStatus.Proposed),
            new KeyValuePair<string, ClassStatus>("abolished", ClassStatus.Abolished),
        };

        /// <summary>The terms of a class's FLSA status and exemption.</summary>
        public static FlsaTerms FlsaOf(FlsaStatus status, FlsaExemption? exemption) =>
            Flsa.First(t => t.Status == status && t.Exemption == exemption);

        /// <summary>The terms of an EEO-4 category.</summary>
        public static EeoTerms EeoOf(EeoCategory category) => Eeo.First(t => t.Category == category);

        /// <summary>The spec-file value of a status.</summary>
        public static string StatusName(ClassStatus status) => Status.First(s => s.Value == status).Key;
    }
}
