using System;
using System.IO;
using System.Linq;
using System.Text;
using SpecSdk.Model;
using SpecSdk.Specs;

namespace SpecSdk.Import.Tests;

/// <summary>Runs the importer on test inputs and reads what it made back into a catalog.</summary>
internal static class Imports
{
    public static ImportResult Run(params (string Path, string Text)[] inputs) =>
        Importer.Import(inputs.Select(i => new ImportInput(i.Path, Encoding.UTF8.GetBytes(i.Text))).ToList());

    public static string Variant(string name) => System.IO.File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Variants", name));

    public static Catalog Catalog(ImportResult result) =>
        SpecLoader.Load(result.Files.Select(f => SpecReader.Read(f.Path, f.Text)).ToList()).Catalog;

    public static string File(ImportResult result, string path) => result.Files.Single(f => f.Path == path).Text;

    /// <summary>Asserts that <paramref name="result"/> made exactly the checked-in seed spec files, byte for byte.</summary>
    public static void AssertSeedFiles(ImportResult result)
    {
        var seeds = SpecLoader.FindSpecFiles(SpecSdk.Testing.TestRepository.Path("seeds")).Paths;
        Assert.Equal(seeds, result.Files.Select(f => f.Path));
        foreach (var file in result.Files)
        {
            Assert.Equal(System.IO.File.ReadAllText(SpecSdk.Testing.TestRepository.Path("seeds", file.Path)), file.Text);
        }
    }
}
