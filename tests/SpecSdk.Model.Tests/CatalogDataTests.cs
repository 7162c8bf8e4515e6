using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using SpecSdk.Model;
using SpecSdk.Specs;
using SpecSdk.Synthesis;
using SpecSdk.Testing;

namespace SpecSdk.Model.Tests;

/// <summary>The catalog's binary form: every field survives, lookups decode one record, damage is a clear error.</summary>
public class CatalogDataTests
{
    private static readonly Lazy<Catalog> Seeds = new(() => SpecLoader.LoadDirectory(TestRepository.Path("seeds")).Catalog);

    [Fact]
    public void Every_property_of_every_record_survives_the_round_trip()
    {
        // Filled by reflection, so a property added to a record and forgotten by the codec fails here.
        var filler = new Filler();
        var catalog = new Catalog
        {
            Jurisdictions = new[] { filler.Make<Jurisdiction>() },
            Series = new[] { filler.Make<ClassSeries>() },
            Classes = new[] { filler.Make<JobClass>(), filler.Make<JobClass>() },
        };

        var read = Open(catalog);

        Assert.Equal(catalog.Jurisdictions, read.Jurisdictions);
        Assert.Equal(catalog.Series, read.Series);
        Assert.Equal(catalog.Classes, read.Classes);
    }

    [Fact]
    public void The_seed_catalog_reads_back_equal_and_its_lookups_find_what_the_catalog_holds()
    {
        var seeds = Seeds.Value;
        var data = Open(seeds);

        Assert.Equal(seeds.Classes, data.Classes);
        Assert.Equal(seeds.Jurisdictions, data.Jurisdictions);
        Assert.Equal(seeds.Series, data.Series);
        Assert.True(data.TryGetByCode("73070V000101", out var coordinator));
        Assert.Equal("Production Coordinator", coordinator!.Title);
        Assert.True(data.TryGetByCode("ky", "73070V000101", out var same));
        Assert.Same(coordinator, same);
        Assert.False(data.TryGetByCode("co", "73070V000101", out _));
        Assert.False(data.TryGetByCode("NOPE", out var none));
        Assert.Null(none);
        Assert.Equal(3133.00m, data.GetGrade("ky", "salary-grades", "14").RangeFor(SalaryBasis.MonthlyAt40Hours)!.Minimum);
        Assert.Equal("3133.00", data.GetGrade("ky", "salary-grades", "14").RangeFor(SalaryBasis.MonthlyAt40Hours)!.Minimum!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(new[] { "G2C1IX", "G2C2TX", "G2C3XX", "G2C4XX" }, data.GetLevels(data.GetSeries("co", "customer-support-coordinator")).Select(c => c.Code));
        Assert.Equal("Production Specialist II", Assert.Single(data.GetByGrade("ky", "11")).Title);
        Assert.Equal(data.GetByGrade("ky", "11"), data.GetByGrade("ky", "11", "salary-grades"));
        Assert.Empty(data.GetByGrade("ky", "99"));
        var missing = Assert.Throws<KeyNotFoundException>(() => data.GetClass("ky", "no-such-class"));
        Assert.Contains("ky/no-such-class", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_code_two_jurisdictions_share_is_found_only_with_the_jurisdiction()
    {
        var seeds = Seeds.Value;
        var kentucky = seeds.Classes.First(c => c.Code == "73070V000101");
        var twin = kentucky with { JurisdictionKey = "jcc", Key = "twin" };
        var data = Open(seeds with { Classes = seeds.Classes.Append(twin).ToArray() });

        Assert.False(data.TryGetByCode("73070V000101", out _));
        Assert.True(data.TryGetByCode("jcc", "73070V000101", out var found));
        Assert.Equal("twin", found!.Key);
    }

    [Fact]
    public void Looking_up_one_class_of_two_thousand_reads_the_index_and_that_class_only()
    {
        var catalog = SpecLoader.Load(SpecSynthesizer.Create(2_000).Select(f => SpecReader.Read(f.Path, f.Text)).ToList()).Catalog;
        var bytes = Bytes(catalog);
        var stream = new CountingStream(bytes);
        var data = CatalogData.Open(stream);
        var afterOpen = stream.BytesRead;
        var target = catalog.Classes[1_234];

        Assert.True(data.TryGetByKey(target.JurisdictionKey, target.Key, out var found));

        Assert.Equal(target, found);
        var classBytes = stream.BytesRead - afterOpen;
        Assert.True(afterOpen < bytes.Length / 10, $"opening read {afterOpen} of {bytes.Length} bytes");
        Assert.True(classBytes < bytes.Length / 500, $"one class read {classBytes} of {bytes.Length} bytes");
    }

    [Fact]
    public void The_same_catalog_gives_the_same_bytes()
    {
        Assert.Equal(Bytes(Seeds.Value), Bytes(Seeds.Value));
    }

    [Fact]
    public void Without_prose_keeps_identity_and_pay_and_drops_every_text()
    {
        var lean = CatalogData.WithoutProse(Seeds.Value);
        var data = Open(lean);

        Assert.Equal(Seeds.Value.Classes.Select(c => (c.Key, c.Code, c.Title, c.Grade, c.SeriesKey, c.Level)), data.Classes.Select(c => (c.Key, c.Code, c.Title, c.Grade, c.SeriesKey, c.Level)));
        Assert.Equal(Seeds.Value.Jurisdictions.Select(j => j.PayPlans), data.Jurisdictions.Select(j => j.PayPlans));
        Assert.All(data.Classes, c => Assert.True(c.Sections.IsEmpty && c.Duties.IsEmpty && c.MinimumQualifications is null && c.History.IsEmpty && c.Factors.All(f => f.Text.Length == 0)));
        Assert.All(data.Series, s => Assert.True(s.Sections.IsEmpty));
        Assert.True(Bytes(lean).Length < Bytes(Seeds.Value).Length / 3);
    }

    [Fact]
    public void Damaged_or_foreign_bytes_are_an_invalid_data_error_never_another_exception()
    {
        var bytes = Bytes(Seeds.Value);
        var random = new Random(5);
        var attempts = new List<byte[]> { Array.Empty<byte>(), "not a catalog"u8.ToArray(), bytes[..(bytes.Length / 2)], bytes[..20] };
        for (var i = 0; i < 300; i++)
        {
            var copy = (byte[])bytes.Clone();
            for (var n = 0; n < 1 + (i % 8); n++)
            {
                copy[random.Next(copy.Length)] = (byte)random.Next(256);
            }

            attempts.Add(copy);
        }

        foreach (var attempt in attempts)
        {
            try
            {
                var data = CatalogData.Open(new MemoryStream(attempt));
                _ = data.Jurisdictions.ToList();
                _ = data.Series.ToList();
                _ = data.Classes.ToList();
            }
            catch (InvalidDataException exception)
            {
                Assert.True(exception.Message.Contains("rebuild", StringComparison.Ordinal), exception.ToString());
            }
        }
    }

    private static CatalogData Open(Catalog catalog) => CatalogData.Open(new MemoryStream(Bytes(catalog)));

    private static byte[] Bytes(Catalog catalog)
    {
        using var stream = new MemoryStream();
        CatalogData.Write(catalog, stream);
        return stream.ToArray();
    }

    /// <summary>A read-only stream over bytes that counts what is read from it.</summary>
    private sealed class CountingStream(byte[] bytes) : MemoryStream(bytes, writable: false)
    {
        public long BytesRead { get; private set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = base.Read(buffer, offset, count);
            BytesRead += read;
            return read;
        }

        public override int Read(Span<byte> buffer)
        {
            var read = base.Read(buffer);
            BytesRead += read;
            return read;
        }

        public override int ReadByte()
        {
            var read = base.ReadByte();
            BytesRead += read < 0 ? 0 : 1;
            return read;
        }
    }

    /// <summary>Makes records whose every settable property holds a value other than its default.</summary>
    private sealed class Filler
    {
        private int next = 1;

        public T Make<T>() => (T)Make(typeof(T), depth: 0);

        private object Make(Type type, int depth)
        {
            var n = next++;
            var underlying = Nullable.GetUnderlyingType(type) ?? type;
            if (underlying == typeof(string))
            {
                return "value " + n + " \u00e9\"\\\n\u0001 \U0001F600";
            }

            if (underlying == typeof(int))
            {
                return n;
            }

            if (underlying == typeof(decimal))
            {
                return n + 0.50m;
            }

            if (underlying == typeof(bool))
            {
                return true;
            }

            if (underlying == typeof(SpecDate))
            {
                return new SpecDate(1990 + (n % 30), 1 + (n % 12), 1 + (n % 28));
            }

            if (underlying.IsEnum)
            {
                var values = Enum.GetValues(underlying);
                return values.GetValue(values.Length - 1)!;
            }

            if (underlying.IsGenericType && underlying.GetGenericTypeDefinition() == typeof(EquatableArray<>))
            {
                var element = underlying.GetGenericArguments()[0];
                // Deep enough for a step rate: jurisdiction, pay plan, version, grade, steps, rates.
                var items = Array.CreateInstance(element, depth < 10 ? 2 : 0);
                for (var i = 0; i < items.Length; i++)
                {
                    items.SetValue(Make(element, depth + 1), i);
                }

                return Activator.CreateInstance(underlying, items)!;
            }

            var instance = Activator.CreateInstance(underlying)!;
            foreach (var property in underlying.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is not null))
            {
                property.SetValue(instance, Make(property.PropertyType, depth + 1));
            }

            return instance;
        }
    }
}
