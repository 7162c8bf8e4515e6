using System;
using System.Globalization;

namespace SpecSdk.Model
{
    /// <summary>
    /// A calendar date as a spec states it: a full date (1993-07-01), a month (2015-07) or a year (1975).
    /// Missing parts are zero. Ordered by year, then month, then day.
    /// </summary>
    public readonly struct SpecDate : IEquatable<SpecDate>, IComparable<SpecDate>
    {
        /// <summary>Creates a date; pass 0 for a month or day the spec does not give.</summary>
        public SpecDate(int year, int month = 0, int day = 0)
        {
            if (!IsValid(year, month, day))
            {
                throw new ArgumentOutOfRangeException(nameof(year), $"{year}-{month}-{day} is not a calendar date.");
            }

            Year = year;
            Month = month;
            Day = day;
        }

        /// <summary>The year, 1 to 9999.</summary>
        public int Year { get; }

        /// <summary>The month, 1 to 12, or 0 when the spec gives only a year.</summary>
        public int Month { get; }

        /// <summary>The day of the month, or 0 when the spec gives only a year or a month.</summary>
        public int Day { get; }

        /// <summary>How precise the date is.</summary>
        public SpecDatePrecision Precision => Day != 0 ? SpecDatePrecision.Day : Month != 0 ? SpecDatePrecision.Month : SpecDatePrecision.Year;

        /// <summary>True for the default value, which is no date at all.</summary>
        public bool IsEmpty => Year == 0;

        /// <summary>Compares two dates.</summary>
        public static bool operator ==(SpecDate left, SpecDate right) => left.Equals(right);

        /// <summary>Compares two dates.</summary>
        public static bool operator !=(SpecDate left, SpecDate right) => !left.Equals(right);

        /// <summary>Compares two dates.</summary>
        public static bool operator <(SpecDate left, SpecDate right) => left.CompareTo(right) < 0;

        /// <summary>Compares two dates.</summary>
        public static bool operator >(SpecDate left, SpecDate right) => left.CompareTo(right) > 0;

        /// <summary>Compares two dates.</summary>
        public static bool operator <=(SpecDate left, SpecDate right) => left.CompareTo(right) <= 0;

        /// <summary>Compares two dates.</summary>
        public static bool operator >=(SpecDate left, SpecDate right) => left.CompareTo(right) >= 0;

        /// <summary>Today's date in UTC.</summary>
        public static SpecDate Today()
        {
            var now = DateTime.UtcNow;
            return new SpecDate(now.Year, now.Month, now.Day);
        }

        /// <summary>True when year, month and day (0 for absent parts) form a calendar date.</summary>
        public static bool IsValid(int year, int month, int day)
        {
            if (year < 1 || year > 9999 || month < 0 || month > 12 || day < 0 || (month == 0 && day != 0))
            {
                return false;
            }

            return day == 0 || day <= DateTime.DaysInMonth(year, month);
        }

        /// <summary>Reads YYYY, YYYY-MM or YYYY-MM-DD.</summary>
        public static bool TryParse(string? text, out SpecDate date)
        {
            date = default;
            if (text is null || (text.Length != 4 && text.Length != 7 && text.Length != 10))
            {
                return false;
            }

            if (!TryDigits(text, 0, 4, out var year))
            {
                return false;
            }

            var month = 0;
            var day = 0;
            if (text.Length >= 7 && (text[4] != '-' || !TryDigits(text, 5, 2, out month)))
            {
                return false;
            }

            if (text.Length == 10 && (text[7] != '-' || !TryDigits(text, 8, 2, out day)))
            {
                return false;
            }

            if (!IsValid(year, month, day) || (text.Length >= 7 && month == 0) || (text.Length == 10 && day == 0))
            {
                return false;
            }

            date = new SpecDate(year, month, day);
            return true;
        }

        /// <summary>Reads YYYY, YYYY-MM or YYYY-MM-DD, or throws <see cref="FormatException"/>.</summary>
        public static SpecDate Parse(string text) =>
            TryParse(text, out var date) ? date : throw new FormatException($"'{text}' is not a date of the form YYYY-MM-DD, YYYY-MM or YYYY.");

        /// <summary>The first day the date covers, as a <see cref="DateTime"/> (a month means its first day).</summary>
        public DateTime ToDateTime() => new DateTime(Year, Month == 0 ? 1 : Month, Day == 0 ? 1 : Day, 0, 0, 0, DateTimeKind.Unspecified);

        /// <summary>The last day the date covers: the day itself, the last of its month, or December 31 of its year.</summary>
        public DateTime LastDay() => Precision switch
        {
            SpecDatePrecision.Day => ToDateTime(),
            SpecDatePrecision.Month => new DateTime(Year, Month, DateTime.DaysInMonth(Year, Month), 0, 0, 0, DateTimeKind.Unspecified),
            _ => new DateTime(Year, 12, 31, 0, 0, 0, DateTimeKind.Unspecified),
        };

        /// <summary>The date in words, e.g. "July 1, 1993", "July 2015" or "1975".</summary>
        public string ToLongString() => Precision switch
        {
            SpecDatePrecision.Day => ToDateTime().ToString("MMMM d, yyyy", CultureInfo.InvariantCulture),
            SpecDatePrecision.Month => ToDateTime().ToString("MMMM yyyy", CultureInfo.InvariantCulture),
            _ => Year.ToString("D4", CultureInfo.InvariantCulture),
        };

        /// <summary>ISO 8601 with the spec's precision: YYYY-MM-DD, YYYY-MM or YYYY.</summary>
        public override string ToString() => Precision switch
        {
            SpecDatePrecision.Day => string.Format(CultureInfo.InvariantCulture, "{0:D4}-{1:D2}-{2:D2}", Year, Month, Day),
            SpecDatePrecision.Month => string.Format(CultureInfo.InvariantCulture, "{0:D4}-{1:D2}", Year, Month),
            _ => Year.ToString("D4", CultureInfo.InvariantCulture),
        };

        /// <inheritdoc/>
        public bool Equals(SpecDate other) => Year == other.Year && Month == other.Month && Day == other.Day;

        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is SpecDate other && Equals(other);

        /// <inheritdoc/>
        public override int GetHashCode() => (Year * 10000) + (Month * 100) + Day;

        /// <inheritdoc/>
        public int CompareTo(SpecDate other) => GetHashCode().CompareTo(other.GetHashCode());

        private static bool TryDigits(string text, int start, int length, out int value)
        {
            value = 0;
            for (var i = start; i < start + length; i++)
            {
                var c = text[i];
                if (c < '0' || c > '9')
                {
                    return false;
                }

                value = (value * 10) + (c - '0');
            }

            return true;
        }
    }

    /// <summary>How much of a <see cref="SpecDate"/> the spec gives.</summary>
    public enum SpecDatePrecision
    {
        /// <summary>Only the year.</summary>
        Year,

        /// <summary>Year and month.</summary>
        Month,

        /// <summary>Year, month and day.</summary>
        Day,
    }
}
