using System.Collections.Generic;

namespace SpecSdk.Specs
{
    /// <summary>
    /// Every diagnostic the reader, the validator and the catalog rules report. Ids are stable: never reuse one.
    /// Each has an entry in docs/diagnostics.md.
    /// </summary>
    public static class SpecDiagnostics
    {
        /// <summary>The published page of docs/diagnostics.md, whose sections are anchored by lower-case id (#spec010).</summary>
        public const string DocsUrl = "https://specsdk.dev/docs/diagnostics";

        /// <summary>The page that explains diagnostic <paramref name="id"/>: <paramref name="docsUrl"/> with the id's anchor.</summary>
        public static string HelpUri(string id, string docsUrl = DocsUrl) => docsUrl + "#" + id.ToLowerInvariant();

        /// <summary>The file is not valid UTF-8.</summary>
        public static readonly SpecDiagnosticDescriptor InvalidUtf8 = Error(
            "SPEC001", "File is not UTF-8", "The file is not valid UTF-8 (byte 0x{0:X2} here cannot start or continue a character). Save the file as UTF-8.");

        /// <summary>The file is larger than a spec file may be.</summary>
        public static readonly SpecDiagnosticDescriptor FileTooLarge = Error(
            "SPEC002", "File too large", "The file has {0:N0} characters; a spec file may have at most {1:N0}. Split it into several specs or remove pasted data.");

        /// <summary>The file does not start with front matter.</summary>
        public static readonly SpecDiagnosticDescriptor MissingFrontMatter = Error(
            "SPEC003", "Front matter missing", "A spec file must start with front matter: a line '---', the fields as 'name: value' lines, and a closing '---'.");

        /// <summary>The front matter is never closed.</summary>
        public static readonly SpecDiagnosticDescriptor UnclosedFrontMatter = Error(
            "SPEC004", "Front matter not closed", "The front matter opened here is never closed. Add a line '---' after the last field.");

        /// <summary>The front matter is not valid YAML.</summary>
        public static readonly SpecDiagnosticDescriptor YamlSyntax = Error(
            "SPEC005", "Front matter is not valid YAML", "The front matter is not valid YAML: {0}");

        /// <summary>The front matter is not a mapping of fields.</summary>
        public static readonly SpecDiagnosticDescriptor FrontMatterNotMapping = Error(
            "SPEC006", "Front matter is not a set of fields", "The front matter must be 'name: value' lines, not {0}.");

        /// <summary>A field the reader does not know.</summary>
        public static readonly SpecDiagnosticDescriptor UnknownField = Warning(
            "SPEC007", "Unknown field", "'{0}' is not a field of {1}{2}. Correct its name or remove it.");

        /// <summary>A value of the wrong shape, e.g. a list where text belongs.</summary>
        public static readonly SpecDiagnosticDescriptor WrongType = Error(
            "SPEC008", "Value of the wrong type", "'{0}' must be {1}, not {2}.");

        /// <summary>A required field is missing.</summary>
        public static readonly SpecDiagnosticDescriptor MissingField = Error(
            "SPEC009", "Required field missing", "{0} needs the field '{1}'. Add '{1}: ...' to it.");

        /// <summary>A value that does not have the required form.</summary>
        public static readonly SpecDiagnosticDescriptor InvalidValue = Error(
            "SPEC010", "Invalid value", "'{0}' is not a valid {1}: {2}");

        /// <summary>The same field twice in one mapping.</summary>
        public static readonly SpecDiagnosticDescriptor DuplicateField = Error(
            "SPEC011", "Field given twice", "'{0}' is given twice; the first is on line {1}. Keep one.");

        /// <summary>Text outside any section.</summary>
        public static readonly SpecDiagnosticDescriptor TextOutsideSection = Error(
            "SPEC012", "Text outside a section", "Text must stand under a section heading. Add a heading such as '## Description' above it.");

        /// <summary>A level-one heading in the body.</summary>
        public static readonly SpecDiagnosticDescriptor TitleHeading = Error(
            "SPEC013", "Level-one heading", "Sections start with '## ', subsections with '### '. The title belongs in the front matter's 'title' field.");

        /// <summary>Two sections with the same id.</summary>
        public static readonly SpecDiagnosticDescriptor DuplicateSection = Error(
            "SPEC014", "Section id used twice", "The section id '{0}' is already used on line {1}. Rename the heading or give it its own id: '## Heading {{#other-id}}'.");

        /// <summary>U+FFFD in the text.</summary>
        public static readonly SpecDiagnosticDescriptor ReplacementCharacter = Warning(
            "SPEC015", "Replacement character", "The text contains U+FFFD '\uFFFD', left where a character was lost by a wrong encoding. Retype the character and save the file as UTF-8.");

        /// <summary>Nesting deeper than the reader allows.</summary>
        public static readonly SpecDiagnosticDescriptor TooDeep = Error(
            "SPEC016", "Nested too deeply", "The {0} is nested more than {1} levels deep here. Spec files never need that much nesting: flatten it.");

        /// <summary>A YAML feature spec files do not allow.</summary>
        public static readonly SpecDiagnosticDescriptor UnsupportedYaml = Error(
            "SPEC017", "Unsupported YAML feature", "{0} are not allowed in spec files. {1}");

        /// <summary>A file that could not be opened.</summary>
        public static readonly SpecDiagnosticDescriptor FileUnreadable = Error(
            "SPEC018", "File cannot be read", "The file could not be opened: {0}");

        /// <summary>Salary figures out of order.</summary>
        public static readonly SpecDiagnosticDescriptor SalaryOrder = Error(
            "SPEC020", "Salary figures out of order", "The {0} ({1}) is greater than the {2} ({3}). Correct the figures.");

        /// <summary>Salary figures on two bases that do not agree.</summary>
        public static readonly SpecDiagnosticDescriptor SalaryBasesDisagree = Error(
            "SPEC021", "Salary bases disagree", "The {0} is {1} on the {2} basis, but {3} {4} works out at {5}. One of the figures is wrong.");

        /// <summary>A date in the future.</summary>
        public static readonly SpecDiagnosticDescriptor FutureDate = Error(
            "SPEC022", "Date in the future", "'{0}' is {1}, which is after today ({2}). Correct the date.");

        /// <summary>A date before the class was established.</summary>
        public static readonly SpecDiagnosticDescriptor DateBeforeEstablished = Error(
            "SPEC023", "Date before establishment", "'{0}' is {1}, before the class was established on {2}. Correct one of the dates.");

        /// <summary>A required section without text.</summary>
        public static readonly SpecDiagnosticDescriptor EmptyRequiredSection = Error(
            "SPEC024", "Required section empty", "'{0}' is required in every spec of {1}, but it has no text. Write it.");

        /// <summary>A required section that is missing.</summary>
        public static readonly SpecDiagnosticDescriptor MissingRequiredSection = Error(
            "SPEC025", "Required section missing", "Every spec of {0} must have the section '{1}'. Add a heading '## ... {{#{1}}}' with its text.");

        /// <summary>A key used twice.</summary>
        public static readonly SpecDiagnosticDescriptor DuplicateKey = Error(
            "SPEC030", "Key used twice", "The {0} '{1}' is already defined at {2}.{3} Give each {0} its own key.");

        /// <summary>A job code used by two classes.</summary>
        public static readonly SpecDiagnosticDescriptor DuplicateCode = Error(
            "SPEC031", "Job code used twice", "The job code '{0}' is already used by '{1}' at {2}. Each class needs its own code.");

        /// <summary>A job number used by two classes.</summary>
        public static readonly SpecDiagnosticDescriptor DuplicateJobNumber = Error(
            "SPEC032", "Job number used twice", "The job number '{0}' is already used by '{1}' at {2}. Each class needs its own number.");

        /// <summary>A reference to a jurisdiction that does not exist.</summary>
        public static readonly SpecDiagnosticDescriptor UnknownJurisdiction = Error(
            "SPEC033", "Unknown jurisdiction", "No jurisdiction has the key '{0}' (known: {1}). Correct the key or add the jurisdiction's file.");

        /// <summary>A reference to a pay grade that does not exist.</summary>
        public static readonly SpecDiagnosticDescriptor UnknownGrade = Error(
            "SPEC034", "Unknown pay grade", "The pay plan '{0}' has no grade '{1}' (known: {2}). Correct the grade or add it to the pay plan.");

        /// <summary>A reference to a job group that does not exist.</summary>
        public static readonly SpecDiagnosticDescriptor UnknownJobGroup = Error(
            "SPEC035", "Unknown job group", "{0} has no job group '{1}' (known: {2}). Correct the key or add the group to the jurisdiction.");

        /// <summary>A reference to a class series that does not exist.</summary>
        public static readonly SpecDiagnosticDescriptor UnknownSeries = Error(
            "SPEC036", "Unknown class series", "{0} has no class series '{1}' (known: {2}). Correct the key or add the series' file.");

        /// <summary>Levels of a series that are not 1, 2, 3... once each.</summary>
        public static readonly SpecDiagnosticDescriptor LevelOrder = Error(
            "SPEC037", "Series levels out of order", "The series '{0}' has levels {1}; levels must run 1, 2, 3... with no gap or repeat. Renumber the levels.");

        /// <summary>A level without a rating on one of its series' factors.</summary>
        public static readonly SpecDiagnosticDescriptor MissingFactorRating = Error(
            "SPEC038", "Factor rating missing", "The series '{0}' rates every level on '{1}'. Add '{1}: ...' under 'factor-ratings' (write '" + Model.FactorRating.NotApplicable + "' where it does not apply).");

        /// <summary>A rating or factor text for a factor the series does not define.</summary>
        public static readonly SpecDiagnosticDescriptor UnknownFactor = Error(
            "SPEC039", "Unknown factor", "The series '{0}' has no factor '{1}' (known: {2}). Correct the name or add the factor to the series.");

        /// <summary>A reference to a pay plan that does not exist, or a grade without a plan where there are several.</summary>
        public static readonly SpecDiagnosticDescriptor UnknownPayPlan = Error(
            "SPEC040", "Unknown pay plan", "{0} has no pay plan '{1}' (known: {2}). Correct the key, or name the plan with 'pay-plan'.");

        /// <summary>A jurisdiction key the handbook keeps for a folder of its own.</summary>
        public static readonly SpecDiagnosticDescriptor ReservedKey = Error(
            "SPEC041", "Key reserved by the handbook", "'{0}' names a folder the handbook keeps for itself ({1}); a jurisdiction keyed so would put its pages there. Choose another key.");

        /// <summary>Two classes whose titles give the same C# name in the generated code.</summary>
        public static readonly SpecDiagnosticDescriptor DuplicateTypeName = Warning(
            "SPEC050", "Same generated name", "The title '{0}' gives the C# name '{1}', which {2} at {3} also gets; this class is generated as '{4}'. Give one class another title or short title.");

        /// <summary>Two versions of a pay plan in effect on the same day.</summary>
        public static readonly SpecDiagnosticDescriptor VersionsOverlap = Error(
            "SPEC060", "Pay plan versions overlap", "The version of '{0}' effective {1} starts before the version effective {2} ends ({3}). End the earlier version the day before, or correct a date.");

        /// <summary>A grade of a pay plan version that its next version leaves out.</summary>
        public static readonly SpecDiagnosticDescriptor GradeDropped = Warning(
            "SPEC061", "Grade missing from a later version", "The pay plan '{0}' has grade '{1}' in its version effective {2}, but not in the later version effective {3}. Add the grade to the later version (classes in it lose their figures), or ignore this where the grade was abolished.");

        /// <summary>A pay plan version that ends before it starts.</summary>
        public static readonly SpecDiagnosticDescriptor VersionEndsBeforeStart = Error(
            "SPEC062", "Version ends before it starts", "The version ends on {0}, before it takes effect on {1}. Correct one of the dates.");

        /// <summary>Step rates that do not match the version's steps.</summary>
        public static readonly SpecDiagnosticDescriptor StepCount = Error(
            "SPEC063", "Step rates do not match the steps", "{0} rates are given, but the version has {1} steps{2}. Give one rate per step, in the order of the version's 'steps'.");

        /// <summary>Step rates out of order or outside their range.</summary>
        public static readonly SpecDiagnosticDescriptor StepOrder = Error(
            "SPEC064", "Step rate out of order", "The rate of step '{0}' ({1}) is {2}. Correct the rate.");

        /// <summary>A pay plan that gives grades both directly and in versions.</summary>
        public static readonly SpecDiagnosticDescriptor PlanAndVersionGrades = Error(
            "SPEC065", "Grades both on the plan and in versions", "The pay plan '{0}' has 'versions', so its grades belong in them. Move '{1}' into a version.");

        /// <summary>A successor that is no class of the catalog.</summary>
        public static readonly SpecDiagnosticDescriptor UnknownSuccessor = Error(
            "SPEC066", "Unknown successor", "{0} has no class '{1}' to succeed this one (known: {2}). Correct the key, or add the successor's spec.");

        /// <summary>A chain of successors that does not end in an active class.</summary>
        public static readonly SpecDiagnosticDescriptor SuccessorChain = Error(
            "SPEC067", "Successors do not lead to an active class", "The successors of '{0}' run {1}{2}. Point the successor at the class that replaces it today.");

        /// <summary>A field that only an abolished class may have.</summary>
        public static readonly SpecDiagnosticDescriptor NotAbolished = Error(
            "SPEC068", "Field of an abolished class", "'{0}' is given, but the class's status is '{1}'. Set 'status: abolished', or remove '{0}'.");

        /// <summary>A bargaining unit the class's jurisdiction does not have.</summary>
        public static readonly SpecDiagnosticDescriptor UnknownBargainingUnit = Error(
            "SPEC069", "Unknown bargaining unit", "{0} has no bargaining unit '{1}' (known: {2}). Correct the key, or add the unit to the jurisdiction's 'bargaining-units'.");

        /// <summary>A jurisdictional class the class's jurisdiction does not have.</summary>
        public static readonly SpecDiagnosticDescriptor UnknownJurisdictionalClass = Error(
            "SPEC070", "Unknown jurisdictional class", "{0} has no jurisdictional class '{1}' (known: {2}). Correct the key, or add it to the jurisdiction's 'jurisdictional-classes'.");

        /// <summary>A non-exempt class said not to be paid for overtime.</summary>
        public static readonly SpecDiagnosticDescriptor NonExemptWithoutOvertime = Error(
            "SPEC071", "Non-exempt class without overtime", "A non-exempt class is paid for overtime under the FLSA, so 'overtime-eligible: false' contradicts 'flsa: non-exempt'. Correct one of them.");

        /// <summary>Sections in a pay plan version file, which holds only front matter.</summary>
        public static readonly SpecDiagnosticDescriptor TextInVersionFile = Error(
            "SPEC072", "Text in a pay plan version file", "A pay plan version file holds only its front matter, and this text would not be published. Write notes on the schedule in the jurisdiction file's sections.");

        /// <summary>A jurisdiction's code pattern that is not a regular expression.</summary>
        public static readonly SpecDiagnosticDescriptor InvalidCodePattern = Error(
            "SPEC073", "Invalid code pattern", "'{0}' is not a regular expression: {1} Write the shape every job code of the jurisdiction has, e.g. '[0-9]{{5}}V[0-9]{{6}}'.");

        /// <summary>A job code that its jurisdiction's code pattern does not match.</summary>
        public static readonly SpecDiagnosticDescriptor CodeNotOfShape = Warning(
            "SPEC074", "Job code of the wrong shape", "'{0}' does not match {1}'s code pattern '{2}'. Correct the code, or widen 'code-pattern' in the jurisdiction file.");

        /// <summary>A placeholder left in a spec: the word TODO, which <c>specsdk new</c> writes where text is still to come.</summary>
        public static readonly SpecDiagnosticDescriptor Placeholder = Warning(
            "SPEC080", "Placeholder left", "'TODO' marks text still to be written. Write it, or remove the placeholder, before the spec is published ('validate --warnaserror' stops it).");

        /// <summary>A spec file of no bytes, or a pipe or device named like one, which is never opened.</summary>
        public static readonly SpecDiagnosticDescriptor EmptyFile = Error(
            "SPEC090", "File empty or not a regular file", "The file is empty, or it is not a regular file (a pipe or a device, which is never read). Write the spec's front matter into it, or remove it.");

        /// <summary>A folder reached a second time through a symbolic link: a cycle, or a second name for a folder read already.</summary>
        public static readonly SpecDiagnosticDescriptor FolderReadTwice = Warning(
            "SPEC091", "Folder reached twice", "This folder is '{0}', which is read already{1}; it is skipped, so that no spec is read twice. Remove the link, or point it elsewhere.");

        /// <summary>A folder of the spec tree that cannot be listed.</summary>
        public static readonly SpecDiagnosticDescriptor FolderUnreadable = Error(
            "SPEC092", "Folder cannot be read", "The folder could not be read, so its specs are missing: {0}");

        /// <summary>A failure of the reader itself.</summary>
        public static readonly SpecDiagnosticDescriptor InternalError = Error(
            "SPEC999", "Internal error", "SpecSdk failed to read this file ({0}). Please report it with the file attached.");

        /// <summary>Every descriptor, ordered by id.</summary>
        public static IReadOnlyList<SpecDiagnosticDescriptor> All { get; } = new[]
        {
            InvalidUtf8, FileTooLarge, MissingFrontMatter, UnclosedFrontMatter, YamlSyntax, FrontMatterNotMapping,
            UnknownField, WrongType, MissingField, InvalidValue, DuplicateField, TextOutsideSection, TitleHeading,
            DuplicateSection, ReplacementCharacter, TooDeep, UnsupportedYaml, FileUnreadable, SalaryOrder, SalaryBasesDisagree,
            FutureDate, DateBeforeEstablished, EmptyRequiredSection, MissingRequiredSection, DuplicateKey,
            DuplicateCode, DuplicateJobNumber, UnknownJurisdiction, UnknownGrade, UnknownJobGroup, UnknownSeries,
            LevelOrder, MissingFactorRating, UnknownFactor, UnknownPayPlan, ReservedKey, DuplicateTypeName, VersionsOverlap, GradeDropped, VersionEndsBeforeStart, StepCount,
            StepOrder, PlanAndVersionGrades, UnknownSuccessor, SuccessorChain, NotAbolished, UnknownBargainingUnit, UnknownJurisdictionalClass,
            NonExemptWithoutOvertime, TextInVersionFile, InvalidCodePattern, CodeNotOfShape, Placeholder, EmptyFile, FolderReadTwice,
            FolderUnreadable, InternalError,
        };

        private static SpecDiagnosticDescriptor Error(string id, string title, string message) => Create(id, title, message, SpecSeverity.Error);

        private static SpecDiagnosticDescriptor Warning(string id, string title, string message) => Create(id, title, message, SpecSeverity.Warning);

        private static SpecDiagnosticDescriptor Create(string id, string title, string message, SpecSeverity severity) =>
            new SpecDiagnosticDescriptor { Id = id, Title = title, MessageFormat = message, DefaultSeverity = severity };
    }
}
