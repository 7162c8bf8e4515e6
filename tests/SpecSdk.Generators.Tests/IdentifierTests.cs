using Microsoft.CodeAnalysis.CSharp;

namespace SpecSdk.Generators.Tests;

public class IdentifierTests
{
    [Theory]
    [InlineData("Production Coordinator", "ProductionCoordinator")]
    [InlineData("Customer Support Coordinator II", "CustomerSupportCoordinatorII")]
    [InlineData("PRODUCTION SPECIALIST IV", "ProductionSpecialistIV")]
    [InlineData("Line/Staff Authority", "LineStaffAuthority")]
    [InlineData("911 Dispatcher", "_911Dispatcher")]
    [InlineData("class", "Class")]
    [InlineData("Técnico de Sistemas", "TécnicoDeSistemas")]
    [InlineData("IT Analyst (SDLC)", "ITAnalystSdlc")]
    [InlineData("Analyst – Level 2 😀", "AnalystLevel2")]
    [InlineData("日本語 職員", "日本語職員")]
    [InlineData("<img src=x onerror=alert(1)>", "ImgSrcXOnerrorAlert1")]
    [InlineData("!!!", "")]
    public void Titles_become_readable_identifiers(string title, string expected)
    {
        var name = Identifiers.Pascal(title);

        Assert.Equal(expected, name);
        if (name.Length > 0)
        {
            Assert.True(SyntaxFacts.IsValidIdentifier(name), name);
            Assert.Equal(Microsoft.CodeAnalysis.CSharp.SyntaxKind.None, SyntaxFacts.GetKeywordKind(name));
        }
    }
}
