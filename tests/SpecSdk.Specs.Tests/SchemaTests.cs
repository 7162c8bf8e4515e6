using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using SpecSdk.Specs.Reading;

using SpecSdk.Testing;

namespace SpecSdk.Specs.Tests;

/// <summary>The published JSON Schema and the reader accept the same fields, so editors and builds agree.</summary>
public class SchemaTests
{
    private static readonly JsonElement Schema = JsonDocument.Parse(File.ReadAllText(TestRepository.Path("docs", "spec-file.schema.json"))).RootElement;

    public static TheoryData<string, string> Objects => new()
    {
        { "class", "$defs/class" },
        { "series", "$defs/series" },
        { "jurisdiction", "$defs/jurisdiction" },
        { "pay-plan", "$defs/pay-plan" },
        { "pay-plan-version", "$defs/pay-plan-version" },
        { "pay-plan-version-file", "$defs/pay-plan-version-file" },
        { "grade", "$defs/grade" },
        { "grade-steps", "$defs/grade/properties/steps" },
        { "location", "$defs/jurisdiction/properties/location" },
        { "bargaining-unit", "$defs/jurisdiction/properties/bargaining-units/items" },
        { "jurisdictional-class", "$defs/jurisdiction/properties/jurisdictional-classes/items" },
        { "successor", "$defs/class/properties/successor/oneOf/1" },
        { "range", "$defs/range" },
        { "job-group", "$defs/jurisdiction/properties/job-groups/items" },
        { "factor", "$defs/series/properties/factors/items/oneOf/1" },
        { "history", "$defs/history/items" },
        { "source", "$defs/source" },
        { "entrance-rate", "$defs/entrance-rates" },
    };

    [Theory]
    [MemberData(nameof(Objects))]
    public void Schema_properties_are_the_fields_the_reader_knows(string name, string pointer)
    {
        var known = name switch
        {
            "class" => FieldNames.Class,
            "series" => FieldNames.SeriesFields,
            "jurisdiction" => FieldNames.Jurisdiction,
            "pay-plan" => FieldNames.PayPlan,
            "pay-plan-version" => FieldNames.PayPlanVersion,
            "pay-plan-version-file" => FieldNames.PayPlanVersionFile,
            "grade-steps" => FieldNames.GradeSteps,
            "location" => FieldNames.Location,
            "bargaining-unit" => FieldNames.BargainingUnit,
            "jurisdictional-class" => FieldNames.JurisdictionalClass,
            "successor" => FieldNames.ClassReference,
            "grade" => FieldNames.GradeFields,
            "range" => FieldNames.Range,
            "job-group" => FieldNames.JobGroup,
            "factor" => FieldNames.Factor,
            "history" => FieldNames.HistoryEntry,
            "source" => FieldNames.Source,
            _ => FieldNames.SpecialEntranceRate,
        };
        var node = Resolve(pointer);

        Assert.Equal(known.Order(), node.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order());
        Assert.False(node.GetProperty("additionalProperties").GetBoolean());
    }

    [Fact]
    public void The_schema_s_kinds_are_the_reader_s_and_each_reads_as_a_document_of_its_own()
    {
        Assert.Equal(FieldNames.Kinds, Resolve("properties/kind/enum").EnumerateArray().Select(k => k.GetString()));
        Assert.Equal(FieldNames.Kinds[0], Resolve("properties/kind/default").GetString());
        var documents = FieldNames.Kinds.Select(kind => SpecReader.Read("a.md", "---\nkind: " + kind + "\n---\n").Document?.GetType()).ToList();
        Assert.Equal(new[] { typeof(ClassDocument), typeof(SeriesDocument), typeof(JurisdictionDocument), typeof(PayPlanVersionDocument) }, documents);
    }

    [Fact]
    public void Every_reference_resolves()
    {
        var references = new List<string>();
        Collect(Schema, references);
        Assert.NotEmpty(references);
        Assert.All(references, reference => Resolve(reference.TrimStart('#', '/')));
    }

    private static JsonElement Resolve(string pointer)
    {
        var node = Schema;
        foreach (var part in pointer.Split('/'))
        {
            node = node.ValueKind == JsonValueKind.Array ? node[int.Parse(part, System.Globalization.CultureInfo.InvariantCulture)] : node.GetProperty(part);
        }

        return node;
    }

    private static void Collect(JsonElement node, List<string> references)
    {
        if (node.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in node.EnumerateObject())
            {
                if (property.Name == "$ref")
                {
                    references.Add(property.Value.GetString()!);
                }
                else
                {
                    Collect(property.Value, references);
                }
            }
        }
        else if (node.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in node.EnumerateArray())
            {
                Collect(item, references);
            }
        }
    }
}
