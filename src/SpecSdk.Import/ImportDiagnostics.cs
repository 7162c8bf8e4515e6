using System.Collections.Generic;
using SpecSdk.Specs;

namespace SpecSdk.Import;

/// <summary>What the importer reports about its input. Ids are stable; each has an entry in docs/diagnostics.md.</summary>
public static class ImportDiagnostics
{
    /// <summary>The input is not UTF-8.</summary>
    public static readonly SpecDiagnosticDescriptor NotUtf8 = Error(
        "IMP001", "Input is not UTF-8", "The file is not valid UTF-8 (byte 0x{0:X2} here). Convert it first, e.g. 'iconv -f windows-1252 -t utf-8'.");

    /// <summary>The input is larger than any class specification.</summary>
    public static readonly SpecDiagnosticDescriptor TooLarge = Error(
        "IMP002", "Input too large", "The file has {0:N0} bytes; the importer reads at most {1:N0}. Split it into one file per specification.");

    /// <summary>No layout recognises the input.</summary>
    public static readonly SpecDiagnosticDescriptor UnknownLayout = Error(
        "IMP003", "Layout not recognised", "The text does not look like any layout the importer knows ({0}). Name one with --layout.");

    /// <summary>Text the importer could not place; it is kept in a section of its own.</summary>
    public static readonly SpecDiagnosticDescriptor Unplaced = Warning(
        "IMP004", "Text kept in 'Unplaced Text'", "This text could not be placed: it was kept in the section 'Unplaced Text' of {0}. Move it where it belongs.");

    /// <summary>A field value the importer could not read; the text is kept.</summary>
    public static readonly SpecDiagnosticDescriptor UnreadableValue = Warning(
        "IMP005", "Value not understood", "'{0}' is not a {1}: the text was kept in the section 'Unplaced Text' of {2}.");

    /// <summary>A document's boilerplate differs from the jurisdiction's.</summary>
    public static readonly SpecDiagnosticDescriptor BoilerplateDiffers = Warning(
        "IMP006", "Boilerplate differs", "This '{0}' text differs from the text other {1} documents share: it was kept in {2}.");

    /// <summary>Two inputs make the same spec file.</summary>
    public static readonly SpecDiagnosticDescriptor DuplicateOutput = Error(
        "IMP007", "Same spec imported twice", "This document makes {0}, which {1} already made. Import each specification once.");

    /// <summary>No title was found.</summary>
    public static readonly SpecDiagnosticDescriptor MissingTitle = Error(
        "IMP008", "No title", "No class title was found in this {0} document, so it has no file name. Check that it is the whole text of one specification.");

    /// <summary>A pay figure conflicts with another document's for the same grade.</summary>
    public static readonly SpecDiagnosticDescriptor GradeConflict = Warning(
        "IMP009", "Pay grade figures differ", "Grade {0} has other figures in {1}; the first document's figures were kept for the pay plan.");

    /// <summary>A PDF that needs a password to open.</summary>
    public static readonly SpecDiagnosticDescriptor PdfEncrypted = Error(
        "IMP010", "PDF is encrypted", "The PDF needs a password to open. Save an unprotected copy (e.g. 'qpdf --decrypt --password=PASSWORD in.pdf out.pdf') and import that.");

    /// <summary>A PDF the reader cannot parse.</summary>
    public static readonly SpecDiagnosticDescriptor PdfUnreadable = Error(
        "IMP011", "PDF cannot be read", "The file starts like a PDF but could not be read ({0}). Open it in a PDF viewer and save or print it to a new PDF, then import that.");

    /// <summary>A PDF whose pages have no text: a scan.</summary>
    public static readonly SpecDiagnosticDescriptor PdfNoText = Error(
        "IMP012", "PDF has no text", "None of the PDF's {0} page(s) has text: it is probably a scan. Run it through OCR first (e.g. 'ocrmypdf in.pdf out.pdf'), then import the result.");

    /// <summary>A PDF with more pages than a class specification has.</summary>
    public static readonly SpecDiagnosticDescriptor PdfTooManyPages = Error(
        "IMP013", "PDF has too many pages", "The PDF has {0} pages; the importer reads at most {1}. Split it into one file per specification.");

    /// <summary>A PDF that takes longer to read than any class specification should.</summary>
    public static readonly SpecDiagnosticDescriptor PdfTooSlow = Error(
        "IMP014", "PDF took too long", "Reading the PDF took more than {0} seconds and was abandoned; the other files were imported. It may be damaged: save or print it to a new PDF, then import that.");

    /// <summary>A document --draft-layout finds no headings in, so there is nothing to draft a layout from.</summary>
    public static readonly SpecDiagnosticDescriptor NothingToDraft = Error(
        "IMP015", "No layout to draft", "No layout could be drafted from this document ({0}). Draft from a whole specification whose sections have headings: lines in capitals or short labels with a colon.");

    /// <summary>Every descriptor, in id order.</summary>
    public static IReadOnlyList<SpecDiagnosticDescriptor> All { get; } = new[]
    {
        NotUtf8, TooLarge, UnknownLayout, Unplaced, UnreadableValue, BoilerplateDiffers, DuplicateOutput, MissingTitle, GradeConflict,
        PdfEncrypted, PdfUnreadable, PdfNoText, PdfTooManyPages, PdfTooSlow, NothingToDraft,
    };

    private static SpecDiagnosticDescriptor Error(string id, string title, string format) =>
        new() { Id = id, Title = title, MessageFormat = format, DefaultSeverity = SpecSeverity.Error };

    private static SpecDiagnosticDescriptor Warning(string id, string title, string format) =>
        new() { Id = id, Title = title, MessageFormat = format, DefaultSeverity = SpecSeverity.Warning };
}
