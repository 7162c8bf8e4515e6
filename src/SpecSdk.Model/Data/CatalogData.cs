using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace SpecSdk.Model
{
    /// <summary>
    /// A catalog in its compact binary form, as the SpecSdk package embeds it in an assembly: an index of every
    /// jurisdiction, series and class (keys, codes, grades) read when the catalog is opened, and each record compressed
    /// on its own, decoded the first time it is asked for. Looking up one class decodes that class only.
    /// Thread-safe; no reflection, so trimming and native AOT keep working.
    /// </summary>
    public sealed class CatalogData
    {
        /// <summary>The name of the manifest resource that holds an assembly's catalog.</summary>
        public const string ResourceName = "SpecSdk.Catalog";

        private const int FormatVersion = 3;

        /// <summary>
        /// MethodImplOptions.AggressiveOptimization (netstandard2.0 has no name for it): the index loops run once, at
        /// start-up, so they are compiled optimised at once instead of running instrumented first-tier code.
        /// </summary>
        internal const MethodImplOptions Hot = (MethodImplOptions)512;
        private static readonly byte[] Magic = Encoding.ASCII.GetBytes("SPECCAT");

        private readonly Stream stream;
        private readonly object gate = new object();
        private readonly string origin;
        private readonly long records;
        private readonly Entry[] jurisdictionEntries;
        private readonly Entry[] seriesEntries;
        private readonly ClassEntry[] classEntries;
        private readonly Jurisdiction?[] jurisdictions;
        private readonly ClassSeries?[] series;
        private readonly JobClass?[] classes;
        private readonly Dictionary<string, int> jurisdictionByKey = new Dictionary<string, int>(StringComparer.Ordinal);
        private readonly Dictionary<(string, string), int> seriesByKey = new Dictionary<(string, string), int>();
        private Dictionary<(string, string), int>? classByKey;
        private CodeIndex? classByCode;
        private Dictionary<(string, string, string), List<int>>? classesByGrade;

        [MethodImpl(Hot)]
        private CatalogData(Stream stream, string origin)
        {
            this.stream = stream;
            this.origin = origin;
            using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
            try
            {
                var magic = reader.ReadBytes(Magic.Length);
                var version = reader.ReadByte();
                if (!magic.SequenceEqual(Magic) || version != FormatVersion)
                {
                    throw Damaged(null);
                }

                jurisdictionEntries = new Entry[Count(reader)];
                for (var i = 0; i < jurisdictionEntries.Length; i++)
                {
                    jurisdictionEntries[i] = new Entry(string.Empty, reader.ReadString(), reader.ReadInt64(), reader.ReadInt32());
                    jurisdictionByKey[jurisdictionEntries[i].Key] = i;
                }

                seriesEntries = new Entry[Count(reader)];
                for (var i = 0; i < seriesEntries.Length; i++)
                {
                    seriesEntries[i] = new Entry(reader.ReadString(), reader.ReadString(), reader.ReadInt64(), reader.ReadInt32());
                    seriesByKey[(seriesEntries[i].JurisdictionKey, seriesEntries[i].Key)] = i;
                }

                classEntries = new ClassEntry[Count(reader)];
                for (var i = 0; i < classEntries.Length; i++)
                {
                    var jurisdictionKey = reader.ReadString();
                    var key = reader.ReadString();
                    var code = RecordCodec.OptionalString(reader);
                    var payPlanKey = RecordCodec.OptionalString(reader);
                    var grade = RecordCodec.OptionalString(reader);
                    classEntries[i] = new ClassEntry(new Entry(jurisdictionKey, key, reader.ReadInt64(), reader.ReadInt32()), code, payPlanKey, grade);
                }

                records = stream.Position;
                foreach (var entry in Entries())
                {
                    if (entry.Offset < 0 || entry.Length < 0 || records + entry.Offset + entry.Length > stream.Length)
                    {
                        throw Damaged(null);
                    }
                }
            }
            catch (Exception exception) when (exception is EndOfStreamException || exception is FormatException)
            {
                throw Damaged(exception);
            }

            jurisdictions = new Jurisdiction?[jurisdictionEntries.Length];
            series = new ClassSeries?[seriesEntries.Length];
            classes = new JobClass?[classEntries.Length];
            Jurisdictions = new LazyList<Jurisdiction>(jurisdictions.Length, GetJurisdiction);
            Series = new LazyList<ClassSeries>(series.Length, GetSeries);
            Classes = new LazyList<JobClass>(classes.Length, GetClass);
        }

        /// <summary>Every jurisdiction, ordered by key; each is decoded when first read.</summary>
        public IReadOnlyList<Jurisdiction> Jurisdictions { get; }

        /// <summary>Every class series, ordered by jurisdiction and key; each is decoded when first read.</summary>
        public IReadOnlyList<ClassSeries> Series { get; }

        /// <summary>Every job class, ordered by jurisdiction, series and level, then key; each is decoded when first read.</summary>
        public IReadOnlyList<JobClass> Classes { get; }

        /// <summary>Opens a catalog written by <see cref="Write"/>. The stream must be seekable and stay open.</summary>
        /// <exception cref="InvalidDataException">The stream does not hold a catalog of this version.</exception>
        public static CatalogData Open(Stream stream, string origin = "the catalog")
        {
            if (stream is null)
            {
                throw new ArgumentNullException(nameof(stream));
            }

            if (!stream.CanSeek || !stream.CanRead)
            {
                throw new ArgumentException("The catalog is read on demand, so its stream must be readable and seekable.", nameof(stream));
            }

            return new CatalogData(stream, origin);
        }

        /// <summary>
        /// Opens the catalog embedded in <paramref name="assembly"/>: the assembly of generated types the SpecSdk
        /// package's build writes (<c>$(AssemblyName).JobSpecs.dll</c>), which is where <c>JobCatalog</c> lives.
        /// </summary>
        /// <exception cref="InvalidOperationException">The assembly has no catalog: it is not one the package's build wrote.</exception>
        public static CatalogData FromAssembly(Assembly assembly)
        {
            if (assembly is null)
            {
                throw new ArgumentNullException(nameof(assembly));
            }

            var stream = assembly.GetManifestResourceStream(ResourceName)
                ?? throw new InvalidOperationException(
                    $"The assembly '{assembly.GetName().Name}' has no '{ResourceName}' resource. The SpecSdk package's build embeds it in the assembly of " +
                    "generated types ($(AssemblyName).JobSpecs.dll, where JobCatalog lives): open that one (typeof(JobCatalog).Assembly), and build the project " +
                    "with the SpecSdk package referenced (not only its source generator).");
            return Open(stream, $"the '{ResourceName}' resource of '{assembly.GetName().Name}'");
        }

        /// <summary>
        /// Writes <paramref name="catalog"/> to <paramref name="output"/>. Records are compressed in parallel; the same
        /// catalog always gives the same bytes.
        /// </summary>
        public static void Write(Catalog catalog, Stream output)
        {
            if (catalog is null)
            {
                throw new ArgumentNullException(nameof(catalog));
            }

            var jurisdictionBlobs = Encode(catalog.Jurisdictions, RecordCodec.Write);
            var seriesBlobs = Encode(catalog.Series, RecordCodec.Write);
            var classBlobs = Encode(catalog.Classes, RecordCodec.Write);
            using var writer = new BinaryWriter(output, new UTF8Encoding(false), leaveOpen: true);
            writer.Write(Magic);
            writer.Write((byte)FormatVersion);
            long offset = 0;
            writer.Write(catalog.Jurisdictions.Count);
            for (var i = 0; i < catalog.Jurisdictions.Count; i++)
            {
                writer.Write(catalog.Jurisdictions[i].Key);
                Place(writer, jurisdictionBlobs[i], ref offset);
            }

            writer.Write(catalog.Series.Count);
            for (var i = 0; i < catalog.Series.Count; i++)
            {
                writer.Write(catalog.Series[i].JurisdictionKey);
                writer.Write(catalog.Series[i].Key);
                Place(writer, seriesBlobs[i], ref offset);
            }

            writer.Write(catalog.Classes.Count);
            for (var i = 0; i < catalog.Classes.Count; i++)
            {
                var jobClass = catalog.Classes[i];
                writer.Write(jobClass.JurisdictionKey);
                writer.Write(jobClass.Key);
                RecordCodec.Optional(writer, jobClass.Code);
                RecordCodec.Optional(writer, jobClass.PayPlanKey);
                RecordCodec.Optional(writer, jobClass.Grade);
                Place(writer, classBlobs[i], ref offset);
            }

            foreach (var blobs in new[] { jurisdictionBlobs, seriesBlobs, classBlobs })
            {
                foreach (var blob in blobs)
                {
                    writer.Write(blob);
                }
            }
        }

        /// <summary>
        /// The catalog with identity, pay and relations only: every section, list, qualification, factor text and history
        /// removed. What a project that asks for constants only embeds.
        /// </summary>
        public static Catalog WithoutProse(Catalog catalog)
        {
            if (catalog is null)
            {
                throw new ArgumentNullException(nameof(catalog));
            }

            return catalog with
            {
                Jurisdictions = Map(catalog.Jurisdictions, j => j with { Boilerplate = default, JobGroups = Map(j.JobGroups, g => g with { Description = null }) }),
                Series = Map(catalog.Series, s => s with { Sections = default, History = default }),
                Classes = Map(catalog.Classes, c => c with
                {
                    Sections = default,
                    Duties = default,
                    Knowledge = default,
                    Skills = default,
                    Abilities = default,
                    Licensing = default,
                    MinimumQualifications = null,
                    Factors = Map(c.Factors, f => f with { Text = string.Empty }),
                    History = default,
                }),
            };
        }

        /// <summary>The jurisdiction with <paramref name="key"/>.</summary>
        /// <exception cref="KeyNotFoundException">The catalog has no such jurisdiction.</exception>
        public Jurisdiction GetJurisdiction(string key) =>
            jurisdictionByKey.TryGetValue(key, out var index) ? GetJurisdiction(index) : throw Missing("jurisdiction", key);

        /// <summary>The class series <paramref name="key"/> of <paramref name="jurisdictionKey"/>.</summary>
        /// <exception cref="KeyNotFoundException">The catalog has no such series.</exception>
        public ClassSeries GetSeries(string jurisdictionKey, string key) =>
            seriesByKey.TryGetValue((jurisdictionKey, key), out var index) ? GetSeries(index) : throw Missing("class series", jurisdictionKey + "/" + key);

        /// <summary>The class <paramref name="key"/> of <paramref name="jurisdictionKey"/>.</summary>
        /// <exception cref="KeyNotFoundException">The catalog has no such class.</exception>
        public JobClass GetClass(string jurisdictionKey, string key) =>
            ClassesByKey.TryGetValue((jurisdictionKey, key), out var index) ? GetClass(index) : throw Missing("job class", jurisdictionKey + "/" + key);

        /// <summary>The pay grade <paramref name="grade"/> of the pay plan <paramref name="payPlanKey"/> of <paramref name="jurisdictionKey"/>.</summary>
        /// <exception cref="KeyNotFoundException">The catalog has no such grade.</exception>
        public PayGrade GetGrade(string jurisdictionKey, string payPlanKey, string grade)
        {
            foreach (var plan in GetJurisdiction(jurisdictionKey).PayPlans)
            {
                if (plan.Key == payPlanKey && plan.FindGrade(grade) is { } found)
                {
                    return found;
                }
            }

            throw Missing("pay grade", jurisdictionKey + "/" + payPlanKey + "/" + grade);
        }

        /// <summary>The grade in the version of its pay plan in effect on <paramref name="asOf"/>; throws when there is none.</summary>
        public PayGrade GetGrade(string jurisdictionKey, string payPlanKey, string grade, SpecDate asOf) =>
            FindGrade(jurisdictionKey, payPlanKey, grade, asOf) ?? throw Missing("pay grade", jurisdictionKey + "/" + payPlanKey + "/" + grade + " as of " + asOf);

        /// <summary>The grade in the version of its pay plan in effect on <paramref name="asOf"/>, or null when no version is in effect then or it has no such grade.</summary>
        public PayGrade? FindGrade(string jurisdictionKey, string payPlanKey, string grade, SpecDate asOf)
        {
            foreach (var plan in GetJurisdiction(jurisdictionKey).PayPlans)
            {
                if (plan.Key == payPlanKey)
                {
                    return plan.GradeAsOf(grade, asOf);
                }
            }

            return null;
        }

        /// <summary>The classes of <paramref name="classSeries"/>, lowest level first.</summary>
        public IReadOnlyList<JobClass> GetLevels(ClassSeries classSeries)
        {
            if (classSeries is null)
            {
                throw new ArgumentNullException(nameof(classSeries));
            }

            var levels = new JobClass[classSeries.Levels.Count];
            for (var i = 0; i < levels.Length; i++)
            {
                levels[i] = GetClass(classSeries.JurisdictionKey, classSeries.Levels[i]);
            }

            return levels;
        }

        /// <summary>Finds a class by its job code, in whichever jurisdiction has it. A code that two jurisdictions use is found only with the jurisdiction's key.</summary>
        public bool TryGetByCode(string code, out JobClass? jobClass) => Found(ClassesByCode.Unique.TryGetValue(code, out var index), index, out jobClass);

        /// <summary>Finds a class by its jurisdiction's key and its job code.</summary>
        public bool TryGetByCode(string jurisdictionKey, string code, out JobClass? jobClass) =>
            Found(ClassesByCode.InJurisdiction.TryGetValue((jurisdictionKey, code), out var index), index, out jobClass);

        /// <summary>Finds a class by its jurisdiction's key and its own key.</summary>
        public bool TryGetByKey(string jurisdictionKey, string key, out JobClass? jobClass) =>
            Found(ClassesByKey.TryGetValue((jurisdictionKey, key), out var index), index, out jobClass);

        /// <summary>Finds a class series by its jurisdiction's key and its own key.</summary>
        public bool TryGetSeries(string jurisdictionKey, string seriesKey, out ClassSeries? classSeries)
        {
            var found = seriesByKey.TryGetValue((jurisdictionKey, seriesKey), out var index);
            classSeries = found ? GetSeries(index) : null;
            return found;
        }

        /// <summary>
        /// The classes in a pay grade of a jurisdiction, of its pay plan <paramref name="payPlanKey"/>; without a plan,
        /// of the one plan the jurisdiction's classes use. Empty when there are none.
        /// </summary>
        public IReadOnlyList<JobClass> GetByGrade(string jurisdictionKey, string grade, string? payPlanKey = null)
        {
            if (!ClassesByGrade.TryGetValue((jurisdictionKey, payPlanKey ?? string.Empty, grade), out var indexes))
            {
                return System.Array.Empty<JobClass>();
            }

            var found = new JobClass[indexes.Count];
            for (var i = 0; i < found.Length; i++)
            {
                found[i] = GetClass(indexes[i]);
            }

            return found;
        }

        private static byte[][] Encode<T>(EquatableArray<T> items, Action<BinaryWriter, T> write)
            where T : IEquatable<T>
        {
            var blobs = new byte[items.Count][];
            Parallel.For(0, items.Count, i =>
            {
                using var buffer = new MemoryStream();
                // Fastest: at 10,000 classes 0.48 s against 0.83 s for Optimal, for 64 MB against 46 MB; the build waits for it, the app hardly notices.
                using (var deflate = new DeflateStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
                using (var writer = new BinaryWriter(deflate, new UTF8Encoding(false)))
                {
                    write(writer, items[i]);
                }

                blobs[i] = buffer.ToArray();
            });
            return blobs;
        }

        private static void Place(BinaryWriter writer, byte[] blob, ref long offset)
        {
            writer.Write(offset);
            writer.Write(blob.Length);
            offset += blob.Length;
        }

        private static EquatableArray<T> Map<T>(EquatableArray<T> items, Func<T, T> map)
            where T : IEquatable<T>
        {
            if (items.IsEmpty)
            {
                return items;
            }

            var mapped = new T[items.Count];
            for (var i = 0; i < mapped.Length; i++)
            {
                mapped[i] = map(items[i]);
            }

            return mapped;
        }

        private static KeyNotFoundException Missing(string what, string key) =>
            new KeyNotFoundException($"The SpecSdk catalog has no {what} '{key}'. The generated code and the embedded catalog come from the same build; rebuild the project.");

        // Each index is built the first time a lookup needs it, so a program that only finds classes by code never
        // builds the others.
        private Dictionary<(string, string), int> ClassesByKey => LazyInitializer.EnsureInitialized(ref classByKey, IndexByKey)!;

        private CodeIndex ClassesByCode => LazyInitializer.EnsureInitialized(ref classByCode, IndexByCode)!;

        private Dictionary<(string, string, string), List<int>> ClassesByGrade => LazyInitializer.EnsureInitialized(ref classesByGrade, IndexByGrade)!;

        [MethodImpl(Hot)]
        private Dictionary<(string, string), int> IndexByKey()
        {
            var index = new Dictionary<(string, string), int>(classEntries.Length);
            for (var i = 0; i < classEntries.Length; i++)
            {
                index[(classEntries[i].Entry.JurisdictionKey, classEntries[i].Entry.Key)] = i;
            }

            return index;
        }

        /// <summary>Codes found in one jurisdiction only, and every code by its jurisdiction (the first class that has it).</summary>
        [MethodImpl(Hot)]
        private CodeIndex IndexByCode()
        {
            var unique = new Dictionary<string, int>(classEntries.Length, StringComparer.Ordinal);
            var shared = new HashSet<string>(StringComparer.Ordinal);
            var inJurisdiction = new Dictionary<(string, string), int>(classEntries.Length);
            for (var i = 0; i < classEntries.Length; i++)
            {
                var entry = classEntries[i];
                if (entry.Code is not { } code)
                {
                    continue;
                }

                if (!unique.ContainsKey(code) && !shared.Contains(code))
                {
                    unique.Add(code, i);
                }
                else if (unique.Remove(code))
                {
                    shared.Add(code);
                }

                if (!inJurisdiction.ContainsKey((entry.Entry.JurisdictionKey, code)))
                {
                    inJurisdiction.Add((entry.Entry.JurisdictionKey, code), i);
                }
            }

            return new CodeIndex(unique, inJurisdiction);
        }

        [MethodImpl(Hot)]
        private Dictionary<(string, string, string), List<int>> IndexByGrade()
        {
            var index = new Dictionary<(string, string, string), List<int>>();
            var plansInUse = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            for (var i = 0; i < classEntries.Length; i++)
            {
                var entry = classEntries[i];
                if (entry.Grade is { } grade)
                {
                    AddTo(index, (entry.Entry.JurisdictionKey, entry.PayPlanKey ?? string.Empty, grade), i);
                    if (!plansInUse.TryGetValue(entry.Entry.JurisdictionKey, out var plans))
                    {
                        plansInUse.Add(entry.Entry.JurisdictionKey, plans = new HashSet<string>(StringComparer.Ordinal));
                    }

                    plans.Add(entry.PayPlanKey ?? string.Empty);
                }
            }

            // Where a jurisdiction's classes use one pay plan, a grade is found without naming the plan.
            for (var i = 0; i < classEntries.Length; i++)
            {
                var entry = classEntries[i];
                if (entry.Grade is { } grade && entry.PayPlanKey is { Length: > 0 } && plansInUse[entry.Entry.JurisdictionKey].Count == 1)
                {
                    AddTo(index, (entry.Entry.JurisdictionKey, string.Empty, grade), i);
                }
            }

            return index;
        }

        private static void AddTo(Dictionary<(string, string, string), List<int>> index, (string, string, string) key, int i)
        {
            if (!index.TryGetValue(key, out var list))
            {
                index.Add(key, list = new List<int>());
            }

            list.Add(i);
        }

        /// <summary>A count of entries, which cannot exceed the bytes left in the stream.</summary>
        private int Count(BinaryReader reader)
        {
            var count = reader.ReadInt32();
            return count >= 0 && count <= stream.Length - stream.Position ? count : throw Damaged(null);
        }

        private IEnumerable<Entry> Entries()
        {
            foreach (var entry in jurisdictionEntries)
            {
                yield return entry;
            }

            foreach (var entry in seriesEntries)
            {
                yield return entry;
            }

            foreach (var entry in classEntries)
            {
                yield return entry.Entry;
            }
        }

        private bool Found(bool found, int index, out JobClass? jobClass)
        {
            jobClass = found ? GetClass(index) : null;
            return found;
        }

        private Jurisdiction GetJurisdiction(int index) => Decode(jurisdictions, index, jurisdictionEntries[index], RecordCodec.ReadJurisdiction);

        private ClassSeries GetSeries(int index) => Decode(series, index, seriesEntries[index], RecordCodec.ReadSeries);

        private JobClass GetClass(int index) => Decode(classes, index, classEntries[index].Entry, RecordCodec.ReadClass);

        [MethodImpl(Hot)]
        private T Decode<T>(T?[] cache, int index, Entry entry, Func<BinaryReader, T> read)
            where T : class
        {
            if (Volatile.Read(ref cache[index]) is { } cached)
            {
                return cached;
            }

            var blob = new byte[entry.Length];
            lock (gate)
            {
                stream.Position = records + entry.Offset;
                var done = 0;
                while (done < blob.Length)
                {
                    var n = stream.Read(blob, done, blob.Length - done);
                    if (n == 0)
                    {
                        throw Damaged(null);
                    }

                    done += n;
                }
            }

            T value;
            try
            {
                using var inflated = new MemoryStream();
                using (var deflate = new DeflateStream(new MemoryStream(blob), CompressionMode.Decompress))
                {
                    deflate.CopyTo(inflated);
                }

                inflated.Position = 0;
                using var reader = new BinaryReader(inflated, Encoding.UTF8);
                value = read(reader);
            }
            catch (Exception exception) when (exception is IOException || exception is InvalidDataException || exception is FormatException || exception is ArgumentException || exception is OverflowException)
            {
                throw Damaged(exception);
            }

            return Interlocked.CompareExchange(ref cache[index], value, null) ?? value;
        }

        private InvalidDataException Damaged(Exception? inner) =>
            new InvalidDataException($"{origin} is not a SpecSdk catalog of format {FormatVersion}, or it is damaged; rebuild the project with the same SpecSdk version.", inner);

        private readonly record struct Entry(string JurisdictionKey, string Key, long Offset, int Length);

        private readonly record struct ClassEntry(Entry Entry, string? Code, string? PayPlanKey, string? Grade);

        private sealed record CodeIndex(Dictionary<string, int> Unique, Dictionary<(string, string), int> InJurisdiction);

        private sealed class LazyList<T> : IReadOnlyList<T>
        {
            private readonly int count;
            private readonly Func<int, T> get;

            public LazyList(int count, Func<int, T> get)
            {
                this.count = count;
                this.get = get;
            }

            public int Count => count;

            public T this[int index] => index >= 0 && index < count ? get(index) : throw new ArgumentOutOfRangeException(nameof(index));

            public IEnumerator<T> GetEnumerator()
            {
                for (var i = 0; i < count; i++)
                {
                    yield return get(i);
                }
            }

            System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
        }
    }
}
