namespace SpecSdk.Model
{
    /// <summary>A class's status under the Fair Labor Standards Act.</summary>
    public enum FlsaStatus
    {
        /// <summary>Covered by the Act's minimum wage and overtime rules (spec value <c>non-exempt</c>).</summary>
        NonExempt,

        /// <summary>Exempt from the Act's overtime rules (<c>exempt</c>, or <c>exempt-</c> and the exemption).</summary>
        Exempt,
    }

    /// <summary>The exemption under which an exempt class is exempt (29 CFR Part 541).</summary>
    public enum FlsaExemption
    {
        /// <summary>The executive exemption (<c>exempt-executive</c>).</summary>
        Executive,

        /// <summary>The administrative exemption (<c>exempt-administrative</c>).</summary>
        Administrative,

        /// <summary>The learned or creative professional exemption (<c>exempt-professional</c>).</summary>
        Professional,

        /// <summary>The computer employee exemption (<c>exempt-computer</c>).</summary>
        Computer,

        /// <summary>The outside sales exemption (<c>exempt-outside-sales</c>).</summary>
        OutsideSales,
    }

    /// <summary>
    /// The eight job categories of the EEO-4 report (State and Local Government Information), numbered as on the form.
    /// </summary>
    public enum EeoCategory
    {
        /// <summary>1. Officials and Administrators.</summary>
        OfficialsAndAdministrators = 1,

        /// <summary>2. Professionals.</summary>
        Professionals = 2,

        /// <summary>3. Technicians.</summary>
        Technicians = 3,

        /// <summary>4. Protective Service Workers.</summary>
        ProtectiveServiceWorkers = 4,

        /// <summary>5. Paraprofessionals.</summary>
        Paraprofessionals = 5,

        /// <summary>6. Administrative Support.</summary>
        AdministrativeSupport = 6,

        /// <summary>7. Skilled Craft Workers.</summary>
        SkilledCraftWorkers = 7,

        /// <summary>8. Service-Maintenance.</summary>
        ServiceMaintenance = 8,
    }

    /// <summary>Where a class stands in its lifecycle.</summary>
    public enum ClassStatus
    {
        /// <summary>In use (spec value <c>active</c>, the default).</summary>
        Active,

        /// <summary>Proposed, not yet established (<c>proposed</c>).</summary>
        Proposed,

        /// <summary>Abolished: kept for the record, no longer used for new appointments (<c>abolished</c>).</summary>
        Abolished,
    }

    /// <summary>A reference to a job class, possibly of another jurisdiction.</summary>
    public sealed record ClassReference
    {
        /// <summary>The jurisdiction of the class.</summary>
        public string JurisdictionKey { get; init; } = string.Empty;

        /// <summary>The class's key in its jurisdiction.</summary>
        public string Key { get; init; } = string.Empty;
    }
}
