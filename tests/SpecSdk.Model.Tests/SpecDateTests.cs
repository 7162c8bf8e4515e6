using System;
using SpecSdk.Model;

namespace SpecSdk.Model.Tests;

public class SpecDateTests
{
    [Theory]
    [InlineData("1993-07-01", 1993, 7, 1, SpecDatePrecision.Day)]
    [InlineData("2015-07", 2015, 7, 0, SpecDatePrecision.Month)]
    [InlineData("1975", 1975, 0, 0, SpecDatePrecision.Year)]
    [InlineData("2024-02-29", 2024, 2, 29, SpecDatePrecision.Day)]
    public void Parses_iso_dates_at_their_precision(string text, int year, int month, int day, SpecDatePrecision precision)
    {
        Assert.True(SpecDate.TryParse(text, out var date));
        Assert.Equal((year, month, day, precision), (date.Year, date.Month, date.Day, date.Precision));
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("1993-7-1")]
    [InlineData("07/01/1993")]
    [InlineData("1993-13-01")]
    [InlineData("2023-02-29")]
    [InlineData("1993-00")]
    [InlineData("1993-07-00")]
    [InlineData("0000")]
    [InlineData("1993-07-01T00:00")]
    [InlineData("１９９３")]
    public void Rejects_anything_else(string text)
    {
        Assert.False(SpecDate.TryParse(text, out _));
        Assert.Throws<FormatException>(() => SpecDate.Parse(text));
    }

    [Fact]
    public void Orders_by_year_month_day_with_partial_dates_first()
    {
        var dates = new[] { SpecDate.Parse("2015-07-01"), SpecDate.Parse("2015"), SpecDate.Parse("2014-12-31"), SpecDate.Parse("2015-07") };
        Array.Sort(dates);
        Assert.Equal(new[] { "2014-12-31", "2015", "2015-07", "2015-07-01" }, Array.ConvertAll(dates, d => d.ToString()));
        Assert.True(SpecDate.Parse("1993-07-01") < SpecDate.Parse("2006-02-24"));
    }

    [Fact]
    public void Long_form_spells_the_month()
    {
        Assert.Equal("July 1, 1993", SpecDate.Parse("1993-07-01").ToLongString());
        Assert.Equal("July 2015", SpecDate.Parse("2015-07").ToLongString());
        Assert.Equal("1975", SpecDate.Parse("1975").ToLongString());
    }

    [Fact]
    public void Constructor_refuses_impossible_dates()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SpecDate(2023, 2, 29));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SpecDate(2023, 0, 5));
    }
}
