using System;
using System.Globalization;
using SpecSdk.Model;
using SpecSdk.Sample.Jobs;

// Compile-time constants: usable in switch labels and attributes.
const string coordinator = CommonwealthOfKentucky.ProductionCoordinator.Code;
Console.WriteLine($"{CommonwealthOfKentucky.ProductionCoordinator.Title}: code {coordinator}, grade {CommonwealthOfKentucky.ProductionCoordinator.Grade}");
Console.WriteLine($"Grade 14 hourly minimum: {CommonwealthOfKentucky.Grade14.HourlyMinimum.ToString(CultureInfo.InvariantCulture)}");

// The full model of a class.
JobClass spec = CommonwealthOfKentucky.ProductionSpecialistII.Instance;
Console.WriteLine($"{spec.Title} has {spec.Duties.Count} duties; established {spec.Established}");

// Lookups.
var code = args.Length > 0 ? args[0] : "G2C3XX";
Console.WriteLine(JobCatalog.TryGetByCode(code, out var found) ? $"{code} is {found.Title}" : $"{code} is not a job code");
foreach (var level in StateOfColorado.CustomerSupportCoordinatorSeries.Levels)
{
    Console.WriteLine($"  level {level.Level}: {level.Code} {level.Title}");
}

Console.WriteLine($"{JobCatalog.All.Count} job classes in {JobCatalog.Jurisdictions.Count} jurisdictions");
